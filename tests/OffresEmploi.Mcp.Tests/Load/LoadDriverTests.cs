using OffresEmploi.Mcp.LoadTest;

namespace OffresEmploi.Mcp.Tests.Load;

/// <summary>The load driver's own arithmetic and parsing, so that the figures it reports can be trusted.</summary>
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
    public void CommandLine_ParsesOptions()
    {
        var (options, json) = LoadCommandLine.Parse(["--clients", "5", "--calls", "7", "--rate", "12.5", "--token-lifetime", "90", "--mix", "resolve=1", "--json"]);

        Assert.True(json);
        Assert.Equal(5, options!.Clients);
        Assert.Equal(7, options.Calls);
        Assert.Equal(12.5, options.Rate);
        Assert.Equal(13, options.EffectiveBurst);
        Assert.Equal(TimeSpan.FromSeconds(90), options.TokenLifetime);
        Assert.Equal(new ToolMix(0, 0, 0, 1, 0), options.Mix);
    }

    [Theory]
    [InlineData("--token-lifetime", "0")]
    [InlineData("--clients", "0")]
    [InlineData("--rate", "0")]
    [InlineData("--mcp", "http://127.0.0.1:5139/mcp")]
    public void Options_Validate_RefusesWhatTheRunCouldNotCheck(string name, string value)
    {
        var (options, _) = LoadCommandLine.Parse([name, value]);

        _ = Assert.Throws<ArgumentException>(options!.Validate);
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
}
