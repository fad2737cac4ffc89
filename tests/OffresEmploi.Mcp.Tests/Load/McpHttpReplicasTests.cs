using OffresEmploi.Testing.Load;

namespace OffresEmploi.Mcp.Tests.Load;

/// <summary>
/// Issue #15, several MCP HTTP replicas on one client id against one sandbox (the API side): what each replica does
/// on its own, what sharing state through Redis (OFFRES_EMPLOI_REDIS, with the defaults otherwise) changes, what a
/// replica killed mid-load costs, and what Redis stopped and restarted mid-load costs. Bounded in count and time.
/// </summary>
public class McpHttpReplicasTests
{
    // The Redis runs at the size (24 clients x 12 calls) in the long variant, at half of each in CI.
    private static bool Long => Environment.GetEnvironmentVariable("OFFRES_RELIABILITY_LONG") == "1";

    private static int SharedClients => Long ? 24 : 12;

    private static int SharedCalls => Long ? 12 : 6;

    private static int SharedExpected => SharedClients * SharedCalls;

    [Fact]
    public async Task ThreeReplicas_WithoutSharedState_EachFetchesItsOwnToken()
    {
        // The baseline at a bounded size: 3 replicas, one client id, a 10 requests/s quota that each replica
        // believes is its own, only API-bound tools. With shared state (OFFRES_EMPLOI_REDIS) this test flips to 1 token.
        var options = new LoadOptions
        {
            Replicas = 3,
            Clients = 12,
            Calls = 6,
            Mix = ToolMix.Parse("search=50,get=30,summarize=20"),
            Rate = 10,
            Timeout = TimeSpan.FromMinutes(2),
        };

        var report = await LoadRunner.RunAsync(options, cancellationToken: TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToText());

        Assert.True(report.Answered == report.Expected, report.ToText());
        Assert.All(report.Replicas, r => Assert.Equal(4 * options.Calls, r.Calls));

        // Each replica has its own token provider: one token request per replica, none shared.
        Assert.True(report.Api.TokenRequests == options.Replicas, report.ToText());
        Assert.False(report.Checks.Single(c => c.Name == "one token per token lifetime").Passed);

        // Each replica's limiter lets through the whole quota, so together they exceed it and the sandbox refuses
        // some (the SDK's retries absorbed them in every run so far: 23 and 24 refusals, 0 errors).
        Assert.True(report.Api.TooManyRequests > 0, report.ToText());
    }

    [Fact]
    public async Task OneReplica_ConcurrentFirstCalls_FetchEachReferentielOnce()
    {
        // The size at which a lone replica was thought to fetch some referentiels twice (docs/reliability.md): 12
        // clients whose first calls look codes up at once, beside searches, offers and summaries, at a 10/s quota
        // that queues them. Checked by name, from the API side: one fetch per referentiel looked up.
        var options = new LoadOptions
        {
            Clients = 12,
            Calls = 6,
            Rate = 10,
            Timeout = TimeSpan.FromMinutes(2),
        };

        var report = await LoadRunner.RunAsync(options, cancellationToken: TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToText());

        Assert.True(report.Answered == report.Expected, report.ToText());
        // Lookups happened (how many depends on what each client's searches returned: 10 to 12 in CI runs so far); the
        // check is on the API side, per name.
        Assert.Contains(report.ByTool, f => f.Tool == ToolMix.LookupReferentiel && f.Calls > 0);
        LoadAssert.ReferentielsFetchedAtMostOncePerReplica(report);
        Assert.True(report.Checks.Single(c => c.Name == "each referentiel fetched at most once per replica").Passed, report.ToText());
    }

    [Fact]
    public async Task TwoReplicas_OneKilledMidLoad_SurvivorAnswersMovedClientsWithoutError()
    {
        // A quota well above demand, so that only the kill can cause errors: each replica has the whole quota.
        var options = new LoadOptions
        {
            Replicas = 2,
            Clients = 8,
            Calls = 10,
            Mix = ToolMix.Parse("search=50,get=30,summarize=20"),
            Rate = 1000,
            KillReplicaAfter = 20,
            Timeout = TimeSpan.FromMinutes(2),
        };

        var report = await LoadRunner.RunAsync(options, cancellationToken: TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToText());

        var killed = report.Replicas[ReplicaRouter.KilledReplica];
        var survivor = report.Replicas[1];
        Assert.True(killed.Killed);
        Assert.Equal(4, report.MovedClients);

        // Each moved client loses at most the call its replica had (or the next one it sent there), and no more.
        Assert.InRange(report.CallsLost, 1, report.MovedClients);
        Assert.True(report.Answered + report.CallsLost == report.Expected, report.ToText());
        Assert.Equal(report.CallsLost, killed.Errors);

        // The survivor answered its own clients and the moved ones, without an error. A kill can land on a moved
        // client's last call (the process takes a moment to die under load, and keeps answering meanwhile: seen once in
        // CI, with every lost call a last one), so the survivor may have nothing more to answer than its own calls.
        Assert.Equal(0, survivor.Errors);
        Assert.True(survivor.Calls >= survivor.Clients * options.Calls, report.ToText());
        Assert.Equal(report.Expected, killed.Calls + survivor.Calls);
        Assert.Equal(0, report.Api.TooManyRequests);
    }

    [Fact]
    public async Task ThreeReplicas_SharingRedis_OneToken_No429_EachReferentielFetchedOnce()
    {
        // The baseline's load with OFFRES_EMPLOI_REDIS set, and the default mix, whose lookups read referentiels: one
        // bucket, one token, one copy of each referentiel.
        var options = new LoadOptions
        {
            Replicas = 3,
            Clients = SharedClients,
            Calls = SharedCalls,
            Rate = 10,
            SharedRedis = true,
            Timeout = TimeSpan.FromMinutes(Long ? 10 : 2),
        };

        var report = await LoadRunner.RunAsync(options, cancellationToken: TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToText());

        Assert.True(report.Answered == report.Expected, report.ToText());
        Assert.All(report.Replicas, r => Assert.Equal(0, r.Errors));
        Assert.True(report.Api.TooManyRequests == 0, report.ToText());
        Assert.True(report.Api.TokenRequests == 1 && report.Api.TokensIssued == 1, report.ToText());
        Assert.True(report.Checks.Single(c => c.Name == "API never above the quota").Passed, report.ToText());
        Assert.All(report.SharedStateWarnings, w => Assert.Equal(0, w));
        Assert.Contains(report.SharedKeys, k => k.StartsWith("offres-emploi:token:", StringComparison.Ordinal));
        Assert.Contains(report.SharedKeys, k => k.StartsWith("offres-emploi:rate:", StringComparison.Ordinal));
        LoadAssert.EachReferentielFetchedOnce(report);
        Assert.Equal(report.Api.ReferentielFetchesByName.Count, report.SharedKeys.Count(k => k.StartsWith("offres-emploi:referentiel:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ThreeReplicas_SharingRedis_RefreshOneTokenPerLifetimeForAll()
    {
        // A 10 s token (usable 5 s: the refresh margin is at most half the lifetime) over a 15 s run: the replicas
        // replace it together, one request per usable lifetime, and never send an expired one. Without Redis the same
        // run requested 9 tokens and met 60 × 429.
        var options = new LoadOptions
        {
            Replicas = 3,
            Clients = 12,
            Calls = 20,
            Rate = 10,
            TokenLifetime = TimeSpan.FromSeconds(10),
            SharedRedis = true,
            Timeout = TimeSpan.FromMinutes(3),
        };

        var report = await LoadRunner.RunAsync(options, cancellationToken: TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToText());

        Assert.True(report.Answered == report.Expected, report.ToText());
        Assert.All(report.Replicas, r => Assert.Equal(0, r.Errors));
        Assert.True(report.Api.TokenRequests >= 2, report.ToText());
        Assert.True(report.Checks.Single(c => c.Name == "one token per token lifetime").Passed, report.ToText());
        Assert.Equal(0, report.Api.Unauthorized);
        Assert.Equal(0, report.Api.TooManyRequests);
    }

    [Fact]
    public async Task ThreeReplicas_SharingRedis_OneKilledMidLoad_OthersGoOnWithoutError()
    {
        var options = new LoadOptions
        {
            Replicas = 3,
            Clients = SharedClients,
            Calls = SharedCalls,
            Mix = ToolMix.Parse("search=50,get=30,summarize=20"),
            Rate = 10,
            SharedRedis = true,
            KillReplicaAfter = SharedExpected / 3,
            Timeout = TimeSpan.FromMinutes(Long ? 10 : 2),
        };

        var report = await LoadRunner.RunAsync(options, cancellationToken: TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToText());

        Assert.True(report.Replicas[ReplicaRouter.KilledReplica].Killed);
        Assert.InRange(report.CallsLost, 0, report.MovedClients);
        Assert.True(report.Answered + report.CallsLost == report.Expected, report.ToText());
        Assert.All(report.Replicas.Where(r => !r.Killed), r => Assert.Equal(0, r.Errors));
        Assert.True(report.Api.TooManyRequests == 0, report.ToText());
        Assert.True(report.Api.TokensIssued == 1, report.ToText());
    }

    [Fact]
    public async Task ThreeReplicas_RedisStoppedAndRestartedMidLoad_NoError_Bounded429s_SharedAgain()
    {
        // Redis dies after 20 calls (of 72) and comes back, empty, 25 calls later. Meanwhile each replica paces at 10 / 3 per
        // second on its own (OFFRES_EMPLOI_REDIS_FALLBACK_REPLICAS = 3) and fetches its own token and referentiels.
        var options = new LoadOptions
        {
            Replicas = 3,
            Clients = SharedClients,
            Calls = SharedCalls,
            Mix = ToolMix.Parse("search=50,get=30,summarize=20"),
            Rate = 10,
            SharedRedis = true,
            RedisDownAfter = SharedExpected * 5 / 18,
            RedisDownFor = SharedExpected * 25 / 72,
            Timeout = TimeSpan.FromMinutes(Long ? 10 : 3),
        };

        var report = await LoadRunner.RunAsync(options, cancellationToken: TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToText());

        // No crash, no error: every call answered; the SDK's retries absorb what 429s the switch-over causes.
        Assert.True(report.Answered == report.Expected, report.ToText());
        Assert.All(report.Replicas, r => Assert.Equal(0, r.Errors));

        // Bounded: each switch (to local pacing, back to shared) may cost each replica one local burst at most, however
        // long the outage (each switch starts after the other bucket's queue, empty; what remains is the replicas'
        // timing). Measured: 3 and 4 at this size, 5 and 7 at the issue's, where the same load without Redis meets 17 to
        // 28, and the outage cost 26 before switches followed the queues (docs/deploy.md).
        var localBurst = (int)Math.Floor(options.Rate / options.Replicas);
        Assert.True(report.Api.TooManyRequests <= 2 * options.Replicas * localBurst, report.ToText());

        // One warning per shared component (rate limiter, store) at most, per replica; and at least one replica saw the outage.
        Assert.All(report.SharedStateWarnings, w => Assert.InRange(w, 0, 2));
        Assert.Contains(report.SharedStateWarnings, w => w > 0);

        // Shared again after the restart: the empty Redis holds the bucket once more.
        Assert.Contains(report.SharedKeys, k => k.StartsWith("offres-emploi:rate:", StringComparison.Ordinal));
    }
}
