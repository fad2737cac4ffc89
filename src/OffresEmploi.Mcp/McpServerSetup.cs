using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace OffresEmploi.Mcp;

/// <summary>Registers the MCP server: identity, instructions, the five tools (explicitly, no assembly scanning), prompts and resources.</summary>
internal static class McpServerSetup
{
    public const string ServerName = "offres-emploi";

    public static string Version { get; } =
        typeof(McpServerSetup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static IMcpServerBuilder AddOffresEmploiMcp(this IServiceCollection services, ServerComponents components) =>
        services
            .AddMcpServer(options =>
            {
                options.ServerInfo = new Implementation { Name = ServerName, Title = "France Travail job offers", Version = Version };
                options.ServerInstructions = ServerInstructions.For(components.IsSandbox);
            })
            .WithTools(components.Tools.Select(McpServerTool (tool) => new OffresEmploiMcpTool(tool)).ToList())
            .WithListPromptsHandler(FindJobsPrompts.ListAsync)
            .WithGetPromptHandler(FindJobsPrompts.GetAsync)
            .WithListResourcesHandler(ReferentielResources.ListAsync)
            .WithReadResourceHandler(components.Resources.ReadAsync);
}
