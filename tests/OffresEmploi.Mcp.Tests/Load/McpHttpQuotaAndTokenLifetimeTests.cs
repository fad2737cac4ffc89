using OffresEmploi.Testing.Load;

namespace OffresEmploi.Mcp.Tests.Load;

/// <summary>
/// Issue #7, MCP HTTP load under a binding quota and short-lived tokens: the shared rate limiter paces every
/// client (no 429, no second above N + B) and the shared token provider asks for one token per usable lifetime.
/// A separate class so that it runs beside <see cref="McpHttpLoadTests"/>: it mostly waits on the quota.
/// </summary>
public class McpHttpQuotaAndTokenLifetimeTests
{
    private static bool Long => Environment.GetEnvironmentVariable("OFFRES_RELIABILITY_LONG") == "1";

    [Fact]
    public async Task ShortTokenLifetime_QuotaBelowDemand_OneTokenPerLifetime_No429()
    {
        // Only API-bound tools, and a quota well below what 20 clients ask for, so the shared limiter is what
        // paces the run; tokens live 10 s and are used for 5 s (a lifetime under twice the SDK's 60 s margin is
        // replaced half-way through).
        var options = new LoadOptions
        {
            Clients = 20,
            Calls = Long ? 100 : 15,
            Mix = ToolMix.Parse("search=50,get=30,summarize=20"),
            Rate = 25,
            TokenLifetime = TimeSpan.FromSeconds(10),
            Timeout = TimeSpan.FromMinutes(Long ? 10 : 2),
        };

        var report = await LoadRunner.RunAsync(options, cancellationToken: TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToText());

        LoadAssert.AllAnsweredWithoutError(report);
        var usable = LoadReport.UsableTokenLifetime(options.TokenLifetime);
        // Tokens are counted from the server's start, when it fetches its first one: the window runs from there.
        Assert.InRange(report.Api.TokenRequests, 1, 1 + (long)Math.Floor(report.TokenWindow / usable));
        if (report.TokenWindow > 2 * usable)
        {
            Assert.True(report.Api.TokenRequests >= 2, $"Tokens were counted over {report.TokenWindow.TotalSeconds:0.0} s but 1 token of {usable.TotalSeconds} s was used.");
        }

        LoadAssert.QuotaKept(report);

        // Paced: after the first full bucket, no faster than the quota.
        Assert.True(report.Duration.TotalSeconds >= (report.Api.ApiRequests - options.EffectiveBurst) / options.Rate, report.ToText());
        Assert.True(report.Passed, report.ToText());
    }
}
