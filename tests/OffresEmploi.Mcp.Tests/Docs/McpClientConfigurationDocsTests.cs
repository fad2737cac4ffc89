using System.Text.Json;
using OffresEmploi.Testing.Docs;

namespace OffresEmploi.Mcp.Tests.Docs;

/// <summary>
/// The MCP client configurations of README.md and docs/*.md never start the server with <c>dotnet run</c>: it writes
/// build output to stdout, the stdio protocol channel, so a client would read it as protocol messages.
/// </summary>
public sealed class McpClientConfigurationDocsTests
{
    [Fact]
    public void JsonConfigurations_NeverUseDotnetRun()
    {
        var commands = (from block in RepositoryDocs.BlocksOf("json")
                        from command in ServerCommands(block)
                        select (block.Location, Command: command)).ToArray();

        Assert.True(commands.Length >= 3, $"expected the Claude Desktop (README, mcp.md) and VS Code configurations, found {commands.Length}");
        Assert.All(commands, c => Assert.False(IsDotnetRun(c.Command), $"{c.Location}: \"{c.Command}\" runs the server with dotnet run"));
    }

    [Fact]
    public void ShellCommands_NeverRunTheStdioServerWithDotnetRun()
    {
        var lines = RepositoryDocs.ShellCommands().Select(c => (c.Block.Location, Words: ShellWords.Split(c.Command, out _))).ToArray();
        var clientCommands = lines
            .Where(l => l.Words is ["claude", "mcp", "add", ..] && l.Words.Contains("--"))
            .Select(l => (l.Location, Command: string.Join(' ', l.Words.SkipWhile(w => w != "--").Skip(1))))
            .ToArray();
        var stdioServers = lines
            .Where(l => string.Join(' ', l.Words).Contains("OffresEmploi.Mcp", StringComparison.Ordinal) && !l.Words.Contains("--http"))
            .Select(l => (l.Location, Command: string.Join(' ', l.Words)))
            .ToArray();

        Assert.NotEmpty(clientCommands);
        Assert.NotEmpty(stdioServers);
        Assert.All(clientCommands.Concat(stdioServers), c => Assert.False(IsDotnetRun(c.Command), $"{c.Location}: \"{c.Command}\" runs the server with dotnet run"));
    }

    [Theory]
    [InlineData("dotnet run --project src/OffresEmploi.Mcp", true)]
    [InlineData("dotnet  run", true)]
    [InlineData("dotnet src/OffresEmploi.Mcp/bin/Release/net10.0/OffresEmploi.Mcp.dll", false)]
    [InlineData("dnx OffresEmploi.Mcp --yes", false)]
    public void IsDotnetRun_RecognisesTheCommand(string command, bool expected) => Assert.Equal(expected, IsDotnetRun(command));

    private static bool IsDotnetRun(string command) =>
        command.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["dotnet", "run", ..];

    /// <summary>Each <c>"command"</c> of a JSON block with its <c>"args"</c>, joined by spaces.</summary>
    private static List<string> ServerCommands(MarkdownBlock block)
    {
        using var document = JsonDocument.Parse(block.Text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var found = new List<string>();
        Visit(document.RootElement);
        return found;

        void Visit(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                if (element.TryGetProperty("command", out var command) && command.ValueKind == JsonValueKind.String)
                {
                    var args = element.TryGetProperty("args", out var a) ? a.EnumerateArray().Select(x => x.GetString()) : [];
                    found.Add(string.Join(' ', args.Prepend(command.GetString())));
                }

                foreach (var property in element.EnumerateObject())
                {
                    Visit(property.Value);
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Visit(item);
                }
            }
        }
    }
}
