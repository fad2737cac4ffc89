using OffresEmploi.Testing.Load;

namespace OffresEmploi.Mcp.Tests.Load;

/// <summary>The load driver's own arithmetic and parsing, so that the figures it reports can be trusted.</summary>
/// <remarks>The tool's command line is tested with the other tools, in OffresEmploi.Tools.Tests (LoadCommandLineTests).</remarks>
public class LoadDriverTests
{
    [Fact]
    public void LatencySummary_UsesNearestRank()
    {
        var summary = LatencySummary.Of(Enumerable.Range(1, 200).Select(i => (double)i).Reverse());

        Assert.Equal(200, summary.Count);
        Assert.Equal(100, summary.P50);
        Assert.Equal(180, summary.P90);
        Assert.Equal(198, summary.P99);
        Assert.Equal(200, summary.Max);
        Assert.Equal(100.5, summary.Mean);
    }

    [Fact]
    public void LatencySummary_OfNothing_IsZero()
    {
        Assert.Equal(new LatencySummary(0, 0, 0, 0, 0, 0), LatencySummary.Of([]));
    }

    [Fact]
    public void ToolMix_Parse_AcceptsShortAndFullNames_AndPicksByWeight()
    {
        var mix = ToolMix.Parse("search=1, get_offer=3");

        Assert.Equal(new ToolMix(1, 3, 0, 0, 0), mix);
        Assert.Equal(ToolMix.SearchOffers, mix.Pick(0.2));
        Assert.Equal(ToolMix.GetOffer, mix.Pick(0.25));
        Assert.Equal(ToolMix.GetOffer, mix.Pick(0.999));
        Assert.Equal("search=1,get=3,lookup=0,resolve=0,summarize=0", mix.ToString());
    }

    [Theory]
    [InlineData("fetch=1")]
    [InlineData("search=x")]
    [InlineData("search")]
    [InlineData("search=0")]
    public void ToolMix_Parse_RefusesBadItems(string text)
    {
        _ = Assert.Throws<FormatException>(() => ToolMix.Parse(text));
    }

    [Fact]
    public void CallPlanner_SameSeed_SameCalls_AndGetOfferOnlyOnFoundIds()
    {
        var first = new CallPlanner(ToolMix.Default, 7);
        var second = new CallPlanner(ToolMix.Default, 7);

        var a = Enumerable.Range(0, 50).Select(_ => first.Next()).ToList();
        var b = Enumerable.Range(0, 50).Select(_ => second.Next()).ToList();
        first.Observe(["ABC1234"], nextCursor: null);
        var afterSearch = Enumerable.Range(0, 200).Select(_ => first.Next()).Where(c => c.Tool == ToolMix.GetOffer).ToList();

        Assert.Equal(a.Select(c => c.Tool), b.Select(c => c.Tool));
        Assert.DoesNotContain(a, c => c.Tool == ToolMix.GetOffer);
        Assert.NotEmpty(afterSearch);
        Assert.All(afterSearch, c => Assert.Equal("ABC1234", c.Arguments["id"]));
    }

    [Fact]
    public void Report_TokenBound_IsOnePlusOnePerUsableLifetime()
    {
        // 20 s tokens are used for 10 s: the SDK replaces a token half-way through when its life is under twice the margin.
        var options = new LoadOptions { Clients = 1, Calls = 1, TokenLifetime = TimeSpan.FromSeconds(20) };
        CallRecord[] records = [new(ToolMix.SearchOffers, 5, CallOutcome.Success, null)];

        var within = LoadReport.Create(options, records, TimeSpan.FromSeconds(29.9), new ApiSideCounts(3, 3, 1, 1, 0, 0));
        var beyond = LoadReport.Create(options, records, TimeSpan.FromSeconds(29.9), new ApiSideCounts(4, 4, 1, 1, 0, 0));

        Assert.Equal(3, within.MaxExpectedTokens);
        Assert.True(within.Passed, within.ToText());
        Assert.False(beyond.Passed);
        Assert.Contains("[FAIL] one token per token lifetime", beyond.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReplicaRouter_RoundRobin_ThenKillsAfterTheCount_AndMovesItsClientsToSurvivors()
    {
        var killed = new List<int>();
        var router = new ReplicaRouter([new Uri("http://127.0.0.1:1/mcp"), new Uri("http://127.0.0.1:2/mcp"), new Uri("http://127.0.0.1:3/mcp")], killAfter: 2, killed.Add);

        Assert.Equal([0, 1, 2, 0, 1, 2], Enumerable.Range(0, 6).Select(router.ReplicaOf));
        router.Completed();
        Assert.Empty(killed);
        router.Completed();
        router.Completed();

        Assert.Equal([ReplicaRouter.KilledReplica], killed);
        Assert.True(router.IsKilled(0));
        Assert.False(router.IsKilled(1));
        Assert.Equal([1, 1, 2, 2, 1, 2], Enumerable.Range(0, 6).Select(router.ReplicaOf));
    }

    [Fact]
    public void Report_KilledReplica_CountsLostCallsApart_AndBoundsThemByMovedClients()
    {
        var options = new LoadOptions { Replicas = 2, Clients = 2, Calls = 3, KillReplicaAfter = 1 };
        CallRecord[] records =
        [
            new(ToolMix.SearchOffers, 5, CallOutcome.Success, null, 0),
            new(ToolMix.SearchOffers, 5, CallOutcome.Lost, "HttpRequestException", 0),
            new(ToolMix.SearchOffers, 5, CallOutcome.Success, null, 1),
            new(ToolMix.SearchOffers, 5, CallOutcome.Success, null, 1),
            new(ToolMix.SearchOffers, 5, CallOutcome.Success, null, 1),
            new(ToolMix.SearchOffers, 5, CallOutcome.Success, null, 1),
        ];

        var report = LoadReport.Create(options, records, TimeSpan.FromSeconds(1), new ApiSideCounts(1, 1, 5, 5, 0, 0), killedReplica: 0);

        Assert.Equal(1, report.CallsLost);
        Assert.Equal(1, report.MovedClients);
        Assert.Equal(new ReplicaFigures(0, 1, 2, 1, Killed: true), report.Replicas[0]);
        Assert.Equal(new ReplicaFigures(1, 1, 4, 0, Killed: false), report.Replicas[1]);
        Assert.True(report.Passed, report.ToText());
        Assert.Contains("replica 0: 1 client(s) at start, 2 calls, 1 errors, killed after 1 calls: 1 lost", report.ToText(), StringComparison.Ordinal);
        Assert.Contains("\"callsLost\": 1", report.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void ApiSideCounts_Since_SubtractsEachReferentielName_AndTheReportShowsThem()
    {
        var before = new ApiSideCounts(1, 1, 3, 2, 0, 0, 2) { ReferentielFetchesByName = ByName(("communes", 1), ("typesContrats", 1)) };
        var after = new ApiSideCounts(2, 2, 9, 4, 0, 0, 5) { ReferentielFetchesByName = ByName(("communes", 2), ("metiers", 1), ("typesContrats", 1), ("secteursActivites", 1)) };
        var options = new LoadOptions { Clients = 1, Calls = 1 };
        CallRecord[] records = [new(ToolMix.SearchOffers, 5, CallOutcome.Success, null)];

        var run = after.Since(before);
        var report = LoadReport.Create(options, records, TimeSpan.FromSeconds(1), run);

        Assert.Equal(3, run.ReferentielFetches);
        Assert.Equal([new("communes", 1), new("metiers", 1), new("secteursActivites", 1)], run.ReferentielFetchesByName.ToList());
        Assert.Contains("referentiel fetches: 3 (communes 1, metiers 1, secteursActivites 1)", report.ToText(), StringComparison.Ordinal);
        Assert.Contains("\"referentielFetchesByName\": {\n      \"communes\": 1,", report.ToJson().ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_AReferentielFetchedTwiceByOneReplica_FailsItsCheck_ButNotOncePerReplica()
    {
        CallRecord[] records = [new(ToolMix.LookupReferentiel, 5, CallOutcome.Success, null)];
        var api = new ApiSideCounts(1, 1, 3, 3, 0, 0, 3) { ReferentielFetchesByName = ByName(("metiers", 2), ("themes", 1)) };

        var oneReplica = LoadReport.Create(new LoadOptions { Clients = 1, Calls = 1 }, records, TimeSpan.FromSeconds(1), api);
        var twoReplicas = LoadReport.Create(new LoadOptions { Clients = 1, Calls = 1, Replicas = 2 }, records, TimeSpan.FromSeconds(1), api);

        Assert.Contains("[FAIL] each referentiel fetched at most once per replica: referentiel fetches: 3 (metiers 2, themes 1), at most 1 per name", oneReplica.ToText(), StringComparison.Ordinal);
        Assert.True(twoReplicas.Checks.Single(c => c.Name == "each referentiel fetched at most once per replica").Passed);
    }

    private static SortedDictionary<string, long> ByName(params (string Name, long Count)[] counts) =>
        new(counts.ToDictionary(c => c.Name, c => c.Count, StringComparer.Ordinal), StringComparer.Ordinal);
}
