using OffresEmploi.Testing.Load;

namespace OffresEmploi.Mcp.Tests.Load;

/// <summary>
/// Issue #7, MCP HTTP load: 50 concurrent MCP clients against the real server process over Streamable HTTP on
/// loopback, checked from the API side (an HTTP sandbox): every call answered, no error, one token per token
/// lifetime, the quota never exceeded, no 429. Bounded: a reduced size by default, the full 50 x 200 with
/// <c>OFFRES_RELIABILITY_LONG=1</c> (docs/reliability.md).
/// </summary>
public class McpHttpLoadTests
{
    private static bool Long => Environment.GetEnvironmentVariable("OFFRES_RELIABILITY_LONG") == "1";

    [Fact]
    public async Task FiftyClients_RealisticMix_AllAnswered_OneToken_QuotaKept()
    {
        var options = new LoadOptions
        {
            Clients = 50,
            Calls = Long ? 200 : 40,
            Rate = Long ? 200 : 100,
            Timeout = TimeSpan.FromMinutes(Long ? 10 : 2),
        };

        var report = await LoadRunner.RunAsync(options, cancellationToken: TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToText());

        LoadAssert.AllAnsweredWithoutError(report);
        Assert.Equal(1, report.Api.TokenRequests);
        LoadAssert.QuotaKept(report);
        LoadAssert.ReferentielsFetchedAtMostOncePerReplica(report);
        Assert.True(report.Passed, report.ToText());
    }
}
