using System.Text;
using OffresEmploi.Sandbox;
using OffresEmploi.Sandbox.Http;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Tests.Security;
using OffresEmploi.Testing;
using OffresEmploi.Testing.Redis;
using OffresEmploi.Testing.Security;
using StackExchange.Redis;

namespace OffresEmploi.Sdk.Tests.Redis;

/// <summary>
/// Two clients of one client id, each with its own clock (as two replicas have), on one Redis and one sandbox: one
/// access token for both, each referentiel fetched once, no token in clear in Redis, and a token the API refuses is
/// dropped for both.
/// </summary>
public sealed class SharedTokenAndReferentielsTests
{
    private static readonly string[] Names = ["typesContrats", "metiers", "departements", "secteursActivites"];

    [Fact(Timeout = 120_000)]
    public async Task Two_replicas_get_one_token_and_fetch_each_referentiel_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await RedisServer.StartAsync(cancellationToken: ct);
        using var sweep = new SecretSweep(Secret);
        using var sandbox = Sandbox();
        using var recorder = new TokenRecorder(sweep, sandbox);
        using var a = Replica(recorder, server, sweep);
        using var b = Replica(recorder, server, sweep);

        // Both start cold at once, as replicas behind a load balancer do.
        var calls = new List<Task>();
        foreach (var client in new[] { a, b })
        {
            foreach (var name in Names)
            {
                calls.Add(client.GetReferentielAsync(name, ct));
                calls.Add(client.GetReferentielJsonAsync(name, ct));
            }

            calls.Add(client.SearchAsync(new OffresSearchRequest { MotsCles = ["infirmier"], Range = "0-9" }, ct));
        }

        await Task.WhenAll(calls);

        Assert.Equal(1, recorder.Issued);
        Assert.Equal(1, sandbox.Statistics.TokensIssued);
        Assert.Equal(Names.Length, sandbox.Statistics.ReferentielFetches);
        Assert.Equal(
            (await a.GetReferentielJsonAsync("metiers", ct)).Length,
            (await b.GetReferentielJsonAsync("metiers", ct)).Length);

        // What Redis holds: the token only encrypted, and no secret in any key or value.
        await using var connection = await server.ConnectAsync();
        var keys = connection.GetServer(connection.GetEndPoints()[0]).Keys(pattern: "offres-emploi:*").ToArray();
        Assert.Contains(keys, k => ((string)k!).StartsWith("offres-emploi:token:", StringComparison.Ordinal));
        Assert.Equal(Names.Length, keys.Count(k => ((string)k!).StartsWith("offres-emploi:referentiel:", StringComparison.Ordinal)));
        foreach (var key in keys)
        {
            sweep.Add(SweepChannel.SharedStore, key);
            if (await connection.GetDatabase().KeyTypeAsync(key) == RedisType.String)
            {
                var bytes = (byte[])(await connection.GetDatabase().StringGetAsync(key))!;
                sweep.Add(SweepChannel.SharedStore, Encoding.UTF8.GetString(bytes));
                sweep.Add(SweepChannel.SharedStore, Encoding.Latin1.GetString(bytes));
            }
        }

        sweep.AssertClean(SweepChannel.SharedStore, SweepChannel.Log);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_token_the_API_refuses_is_dropped_for_every_replica()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await RedisServer.StartAsync(cancellationToken: ct);
        using var sweep = new SecretSweep(Secret);
        using var sandbox = Sandbox();
        using var recorder = new TokenRecorder(sweep, sandbox);
        using var refusing = new RefuseOneApiCall(recorder);
        using var a = Replica(refusing, server, sweep);
        using var b = Replica(refusing, server, sweep);
        _ = await a.GetReferentielAsync("typesContrats", ct);
        Assert.Equal(1, recorder.Issued);

        // The API refuses A's token once: A replays with a new token and removes the refused one from Redis, so B,
        // starting cold, reads the new one instead of the refused one.
        refusing.Armed = true;
        _ = await a.SearchAsync(new OffresSearchRequest { MotsCles = ["boulanger"], Range = "0-9" }, ct);
        Assert.False(refusing.Armed);
        Assert.Equal(2, recorder.Issued);
        _ = await b.SearchAsync(new OffresSearchRequest { MotsCles = ["boulanger"], Range = "0-9" }, ct);

        Assert.Equal(2, recorder.Issued);
        Assert.Equal(0, sandbox.Statistics.Unauthorized);
    }

    private const string ClientId = "replicas-client-5Tq";
    private const string Secret = "replicas-SECRET-9Lm2Xv7Pq";

    /// <summary>A sandbox that knows one client with a distinctive secret, so the sweep can look for it anywhere.</summary>
    private static SandboxHttpMessageHandler Sandbox()
    {
        var options = SandboxSetup.NewSandboxOptions(2000);
        options.Clients.Clear();
        options.Clients[ClientId] = Secret;
        return new SandboxHttpMessageHandler(options);
    }

    /// <summary>A client as one replica has it: its own clock, the default pacing, the shared Redis.</summary>
    private static OffresEmploiClient Replica(HttpMessageHandler api, RedisServer server, SecretSweep sweep)
    {
        var options = SandboxClientFactory.CreateClientOptions();
        options.ClientId = ClientId;
        options.ClientSecret = Secret;
        options.RequestsPerSecond = new OffresEmploiOptions().RequestsPerSecond;
        options.RedisConfiguration = server.Configuration;
        return new OffresEmploiClient(options, api, new OwnClock(), sweep.LoggerFactory);
    }

    /// <summary>Answers 401 to the next API call once armed, as the API does for a token it no longer accepts.</summary>
    private sealed class RefuseOneApiCall(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private int _armed;

        public bool Armed
        {
            get => Volatile.Read(ref _armed) == 1;
            set => Volatile.Write(ref _armed, value ? 1 : 0);
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            !request.RequestUri!.AbsolutePath.EndsWith("/access_token", StringComparison.Ordinal) && Interlocked.Exchange(ref _armed, 0) == 1
                ? Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.Unauthorized) { RequestMessage = request })
                : base.SendAsync(request, cancellationToken);
    }

    /// <summary>The system clock under its own identity, so each replica has its own store and limiter table entry.</summary>
    private sealed class OwnClock : TimeProvider;
}
