using OffresEmploi.Sandbox;
using OffresEmploi.Sandbox.Http;
using OffresEmploi.Sdk.Paging;

namespace OffresEmploi.Sdk.Benchmarks;

/// <summary>An SDK client over the in-process sandbox, with a <see cref="TransportCounter"/> in between.</summary>
/// <remarks>Its option factories are also the wiring of the fault matrix and of the SDK tests' sandbox clients.</remarks>
internal sealed class SandboxSetup : IDisposable
{
    /// <summary>The corpus' "today": fixed, so that every run sees the same offers.</summary>
    public static readonly DateTimeOffset Now = new(2026, 1, 15, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The seed of the corpus.</summary>
    public const int Seed = 42;

    private readonly SandboxHttpMessageHandler _sandbox;

    private SandboxSetup(SandboxHttpMessageHandler sandbox, TransportCounter counter, OffresEmploiClient client)
    {
        _sandbox = sandbox;
        Counter = counter;
        Client = client;
    }

    public TransportCounter Counter { get; }

    public OffresEmploiClient Client { get; }

    /// <summary>Creates a sandbox and a client; pacing is off unless <paramref name="configureClient"/> sets it.</summary>
    public static SandboxSetup Create(
        int corpusSize,
        bool legacy = false,
        Action<SandboxOptions>? configureSandbox = null,
        Action<OffresEmploiOptions>? configureClient = null)
    {
        var sandboxOptions = NewSandboxOptions(corpusSize, legacy);
        configureSandbox?.Invoke(sandboxOptions);
        var sandbox = new SandboxHttpMessageHandler(sandboxOptions);
        var counter = new TransportCounter(sandbox);
        var options = NewClientOptions(legacy);
        configureClient?.Invoke(options);
        return new SandboxSetup(sandbox, counter, new OffresEmploiClient(options, counter));
    }

    /// <summary>The options of a sandbox over the fixed corpus (<see cref="Seed"/>, <see cref="Now"/>).</summary>
    public static SandboxOptions NewSandboxOptions(int corpusSize, bool legacy = false) =>
        new() { CorpusSize = corpusSize, Seed = Seed, Now = Now, LegacyRange = legacy };

    /// <summary>The options of a client of the sandbox's default client, with pacing off.</summary>
    public static OffresEmploiOptions NewClientOptions(bool legacy = false) => new()
    {
        ClientId = SandboxDefaults.ClientId,
        ClientSecret = SandboxDefaults.ClientSecret,
        BaseAddress = SandboxDefaults.BaseAddress,
        TokenEndpoint = SandboxDefaults.TokenEndpoint,
        RequestsPerSecond = 0,
        RangeLimits = legacy ? OffresRangeLimits.Legacy : OffresRangeLimits.Current,
    };

    /// <summary>The options of a client of the sandbox's default client with every other setting at the SDK's default,
    /// as users run it (pacing at 3 requests per second, following the server's rate-limit headers).</summary>
    public static OffresEmploiOptions NewDefaultClientOptions() => new()
    {
        ClientId = SandboxDefaults.ClientId,
        ClientSecret = SandboxDefaults.ClientSecret,
        BaseAddress = SandboxDefaults.BaseAddress,
        TokenEndpoint = SandboxDefaults.TokenEndpoint,
    };

    public void Dispose()
    {
        Client.Dispose();
        Counter.Dispose();
        _sandbox.Dispose();
    }
}
