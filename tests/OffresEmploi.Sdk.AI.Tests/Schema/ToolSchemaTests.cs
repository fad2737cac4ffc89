using System.Text.Json;
using System.Text.Json.Nodes;
using OffresEmploi.Sdk.AI.Tests.TestSupport;
using Snapshooter;
using Snapshooter.Xunit3;

namespace OffresEmploi.Sdk.AI.Tests.Schema;

/// <summary>What the model reads about each tool is reviewed as a snapshot; a change shows up as a diff.</summary>
public class ToolSchemaTests
{
    public static TheoryData<string> ToolNames => [.. new[] { "search_offers", "get_offer", "lookup_referentiel", "resolve_location", "summarize_market" }];

    [Theory]
    [MemberData(nameof(ToolNames))]
    public void Tool_Declaration_MatchesSnapshot(string name)
    {
        using var runner = new ToolRunner();
        var tool = runner[name];

        var declaration = new JsonObject
        {
            ["name"] = tool.Name,
            ["title"] = tool.Title,
            ["description"] = tool.Description,
            ["inputSchema"] = JsonNode.Parse(tool.JsonSchema.GetRawText()),
            ["outputSchema"] = JsonNode.Parse(tool.ReturnJsonSchema!.Value.GetRawText()),
        };

        Snapshot.Match(declaration.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), SnapshotNameExtension.Create(name));
    }

    [Fact]
    public void Tools_AreTheFiveInWorkflowOrder_WithReadOnlyHints()
    {
        using var runner = new ToolRunner();

        Assert.Equal(["resolve_location", "search_offers", "get_offer", "lookup_referentiel", "summarize_market"], runner.Tools.Select(t => t.Name));
        Assert.All(runner.Tools, tool =>
        {
            Assert.True(tool.ReadOnly && tool.Idempotent && tool.OpenWorld && !tool.Destructive);
            Assert.Equal(true, tool.AdditionalProperties["readOnlyHint"]);
            Assert.Equal(false, tool.AdditionalProperties["destructiveHint"]);
            Assert.Equal(tool.Title, tool.AdditionalProperties["title"]);
        });
    }

    [Fact]
    public void Tools_DescriptionsAreShort_AndSchemasRejectUnknownArguments()
    {
        using var runner = new ToolRunner();

        Assert.All(runner.Tools, tool =>
        {
            Assert.InRange(tool.Description.Length, 40, 250);
            Assert.False(tool.JsonSchema.GetProperty("additionalProperties").GetBoolean());
            Assert.Equal("object", tool.ReturnJsonSchema!.Value.GetProperty("type").GetString());
            foreach (var property in tool.JsonSchema.GetProperty("properties").EnumerateObject())
            {
                Assert.InRange(property.Value.GetProperty("description").GetString()!.Length, 5, 130);
            }
        });
    }

    [Fact]
    public void Tools_AllDeclarations_StayUnderTheirBudget()
    {
        using var runner = new ToolRunner();

        var size = runner.Tools.Sum(t => t.Name.Length + t.Title.Length + t.Description.Length + t.JsonSchema.GetRawText().Length + t.ReturnJsonSchema!.Value.GetRawText().Length);

        // The MCP tools/list answer adds annotations and the envelope (about 1 KB) to these; its budget is 8 KB.
        Assert.InRange(size, 1, 7_000);
    }
}
