using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;
using ModelContextProtocol.Protocol;
using OffresEmploi.Testing.Properties;

namespace OffresEmploi.Mcp.Tests.Properties;

/// <summary>
/// Bad input, property-based, for the MCP tools (issue #7): arbitrary JSON arguments through a real MCP client and
/// server. Every call must come back as a <see cref="CallToolResult"/>: a success, or <c>isError</c> with a text that
/// names an argument; never a JSON-RPC error, never the SDK's generic "An error occurred", and the server keeps serving.
/// </summary>
public sealed partial class ToolCallPropertyTests
{
    public const ulong Seed = 20260117;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnyArguments_GiveAResultOrAnErrorNamingTheArgument_AndTheServerKeepsServing()
    {
        var iterations = PropertyRun.Iterations(2_000, 50_000);
        await using var server = await InProcessServer.StartAsync(Ct);
        var (cursors, ids) = await SampleCursorsAndIdsAsync(server);
        var gen = Gen.OneOf<ToolCall>(
            ToolCallGens.For("search_offers", ToolArgumentSpecs.SearchOffers(cursors)),
            ToolCallGens.For("summarize_market", ToolArgumentSpecs.SummarizeMarket()),
            ToolCallGens.For("get_offer", ToolArgumentSpecs.GetOffer(ids)),
            ToolCallGens.For("lookup_referentiel", ToolArgumentSpecs.LookupReferentiel()),
            ToolCallGens.For("resolve_location", ToolArgumentSpecs.ResolveLocation()));
        var declared = server.Tools.ToDictionary(t => t.Name, t => t.JsonSchema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray());
        var tally = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);

        await PropertyRun.CheckAsync(gen, call => AssertCallAsync(server, call, declared[call.Tool], tally), c => c.ToString(), iterations, Seed, Ct);

        TestContext.Current.TestOutputHelper?.WriteLine(string.Join("\n", tally.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {p.Value}")));
        var after = await server.CallAsync("resolve_location", new Dictionary<string, JsonElement> { ["query"] = JsonSerializer.SerializeToElement("Annecy") }, Ct);
        Assert.NotEqual(true, after.IsError);
        Assert.Equal(5, (await server.Client.ListToolsAsync(cancellationToken: Ct)).Count);
        foreach (var tool in declared.Keys)
        {
            Assert.True(tally.GetValueOrDefault(tool + ": success") > 0, $"{tool} never succeeded: the generator is too hostile to test the happy path.");
            Assert.True(tally.GetValueOrDefault(tool + ": isError") > 0, $"{tool} never refused: the generator is too tame.");
        }
    }

    private static async Task AssertCallAsync(InProcessServer server, ToolCall call, string[] declared, ConcurrentDictionary<string, int> tally)
    {
        var arguments = call.Arguments.ToDictionary(a => a.Name, a => JsonDocument.Parse(a.Json).RootElement.Clone(), StringComparer.Ordinal);

        // A JSON-RPC error (McpProtocolException) or a transport failure propagates and fails the property.
        var result = await server.CallAsync(call.Tool, arguments, Ct);

        var text = Assert.Single(result.Content.OfType<TextContentBlock>()).Text;
        Assert.False(string.IsNullOrWhiteSpace(text));
        if (result.IsError == true)
        {
            Assert.DoesNotContain("An error occurred", text, StringComparison.Ordinal);
            var names = declared.Concat(call.Arguments.Select(a => a.Name).Where(n => n.Trim().Length >= 2));
            Assert.True(names.Any(n => Regex.IsMatch(text, $"(?<![A-Za-z_]){Regex.Escape(n)}(?![A-Za-z_])")), $"The error names no argument: {text}");
            _ = tally.AddOrUpdate(call.Tool + ": isError", 1, (_, n) => n + 1);
        }
        else
        {
            Assert.NotNull(result.StructuredContent);
            _ = tally.AddOrUpdate(call.Tool + ": success", 1, (_, n) => n + 1);
        }
    }

    /// <summary>Real cursors and offer ids, so the generator also sends values a model got from an earlier call.</summary>
    private static async Task<(string[] Cursors, string[] Ids)> SampleCursorsAndIdsAsync(InProcessServer server)
    {
        var cursors = new List<string>();
        var ids = new List<string>();
        foreach (var location in (string[])["Annecy", "Bretagne", "75056"])
        {
            var result = await server.CallAsync("search_offers", new Dictionary<string, JsonElement> { ["location"] = JsonSerializer.SerializeToElement(location) }, Ct);
            Assert.NotEqual(true, result.IsError);
            var content = result.StructuredContent!.Value;
            cursors.Add(content.GetProperty("nextCursor").GetString()!);
            ids.AddRange(content.GetProperty("offers").EnumerateArray().Take(3).Select(o => o.GetProperty("id").GetString()!));
        }

        return ([.. cursors], [.. ids]);
    }
}
