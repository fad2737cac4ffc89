using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace OffresEmploi.Mcp.Tests;

/// <summary>The real server process over stdio, driven by the MCP SDK's client.</summary>
public class StdioServerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Initialize_SaysSandboxAndTeachesTheWorkflow()
    {
        await using var client = await ServerProcess.ConnectStdioAsync(Token);

        Assert.Equal("offres-emploi", client.ServerInfo?.Name);
        Assert.Contains("resolve_location", client.ServerInstructions, StringComparison.Ordinal);
        Assert.Contains("Sandbox mode", client.ServerInstructions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToolsList_FiveReadOnlyToolsWithOutputSchemas_UnderEightKilobytes()
    {
        await using var client = await ServerProcess.ConnectStdioAsync(Token);

        var result = await client.ListToolsAsync(new ListToolsRequestParams(), Token);

        Assert.Equal(["resolve_location", "search_offers", "get_offer", "lookup_referentiel", "summarize_market"], result.Tools.Select(t => t.Name));
        Assert.All(result.Tools, tool =>
        {
            Assert.Equal(true, tool.Annotations?.ReadOnlyHint);
            Assert.Equal(true, tool.Annotations?.IdempotentHint);
            Assert.Equal(true, tool.Annotations?.OpenWorldHint);
            Assert.Equal(false, tool.Annotations?.DestructiveHint);
            Assert.False(string.IsNullOrEmpty(tool.Title));
            Assert.Equal("object", tool.OutputSchema?.GetProperty("type").GetString());
        });
        var size = JsonSerializer.SerializeToUtf8Bytes(result, McpJsonUtilities.DefaultOptions).Length;
        Assert.InRange(size, 1_000, 8_192);
    }

    [Fact]
    public async Task CallTool_Search_ReturnsTextAndStructuredContentWithTheNotice()
    {
        await using var client = await ServerProcess.ConnectStdioAsync(Token);

        var result = await client.CallToolAsync("search_offers", new Dictionary<string, object?> { ["location"] = "Bretagne", ["page_size"] = 2 }, cancellationToken: Token);

        Assert.NotEqual(true, result.IsError);
        var text = Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
        var structured = result.StructuredContent!.Value;
        Assert.Equal(2, structured.GetProperty("offers").GetArrayLength());
        Assert.Contains(structured.GetProperty("offers")[0].GetProperty("id").GetString()!, text, StringComparison.Ordinal);
        Assert.Contains("Sandbox mode", structured.GetProperty("notice").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("not real offers.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallTool_BadArguments_IsErrorWithAFixHint_AndTheSessionGoesOn()
    {
        await using var client = await ServerProcess.ConnectStdioAsync(Token);

        var bad = await client.CallToolAsync("search_offers", new Dictionary<string, object?> { ["page_size"] = "lots", ["location"] = "Annecy" }, cancellationToken: Token);
        var good = await client.CallToolAsync("resolve_location", new Dictionary<string, object?> { ["query"] = "74000" }, cancellationToken: Token);

        Assert.True(bad.IsError);
        Assert.Null(bad.StructuredContent);
        Assert.Contains("Invalid argument 'page_size'", Assert.IsType<TextContentBlock>(Assert.Single(bad.Content)).Text, StringComparison.Ordinal);
        Assert.NotEqual(true, good.IsError);
        Assert.Equal("74010", good.StructuredContent!.Value.GetProperty("candidates")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task PromptsAndResources_AreListedAndRead()
    {
        await using var client = await ServerProcess.ConnectStdioAsync(Token);

        var prompts = await client.ListPromptsAsync(cancellationToken: Token);
        var prompt = await client.GetPromptAsync("find_jobs", new Dictionary<string, object?> { ["job"] = "boulanger", ["place"] = "Annecy" }, cancellationToken: Token);
        var resources = await client.ListResourcesAsync(cancellationToken: Token);
        var typesContrats = await client.ReadResourceAsync("offres-emploi://referentiels/typesContrats", cancellationToken: Token);

        Assert.Contains(prompts, p => p.Name == "find_jobs");
        Assert.Contains("search_offers", Assert.IsType<TextContentBlock>(Assert.Single(prompt.Messages).Content).Text, StringComparison.Ordinal);
        Assert.Equal(16, resources.Count);
        using var json = JsonDocument.Parse(Assert.IsType<TextResourceContents>(Assert.Single(typesContrats.Contents)).Text);
        Assert.Contains(json.RootElement.EnumerateArray(), e => e.GetProperty("code").GetString() == "CDI");
    }
}
