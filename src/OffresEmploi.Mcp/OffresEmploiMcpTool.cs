using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using OffresEmploi.Sdk.AI;

namespace OffresEmploi.Mcp;

/// <summary>
/// Exposes one <see cref="OffresEmploiTool"/> unchanged: the MCP SDK builds the protocol tool (name, description,
/// input schema, output schema, annotations) from the <see cref="Microsoft.Extensions.AI.AIFunction"/>; this class only
/// maps the tool's result to a <see cref="CallToolResult"/> with its text, its structured content and its error flag.
/// </summary>
internal sealed class OffresEmploiMcpTool : DelegatingMcpServerTool
{
    private readonly OffresEmploiTool _tool;

    public OffresEmploiMcpTool(OffresEmploiTool tool)
        : base(McpServerTool.Create(tool, CreateOptions(tool)))
    {
        _tool = tool;
    }

    public override async ValueTask<CallToolResult> InvokeAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var arguments = request.Params?.Arguments?.Select(a => new KeyValuePair<string, object?>(a.Key, a.Value));
        var result = await _tool.RunAsync(arguments, cancellationToken).ConfigureAwait(false);
        return new CallToolResult
        {
            Content = [new TextContentBlock { Text = result.Text }],
            StructuredContent = result.StructuredContent,
            IsError = result.IsError ? true : null,
        };
    }

    private static McpServerToolCreateOptions CreateOptions(OffresEmploiTool tool) => new()
    {
        Title = tool.Title,
        ReadOnly = tool.ReadOnly,
        Idempotent = tool.Idempotent,
        OpenWorld = tool.OpenWorld,
        Destructive = tool.Destructive,
        UseStructuredContent = true,
    };
}
