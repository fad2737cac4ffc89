using OffresEmploi.Sdk;
using OffresEmploi.Sandbox;
using OffresEmploi.Sandbox.Http;

namespace OffresEmploi.Testing;

/// <summary>An SDK client over the in-process sandbox, with a <see cref="TransportCounter"/> in between.</summary>
/// <remarks>Its option factories are also the wiring of the fault matrix and of the SDK tests' sandbox clients; the
/// client itself comes from the sandbox's <see cref="SandboxClientFactory"/>.</remarks>
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
        return new SandboxSetup(sandbox, counter, CreateClient(counter, legacy, configureClient));
    }

    /// <summary>Creates a client of <paramref name="sandbox"/> (or of a handler in front of it), which it does not dispose.</summary>
    public static OffresEmploiClient CreateClient(HttpMessageHandler sandbox, bool legacy = false, Action<OffresEmploiOptions>? configureClient = null) =>
        SandboxClientFactory.Create(sandbox, new SandboxClientOptions
        {
            ConfigureClient = options =>
            {
                options.RangeLimits = RangeLimits(legacy);
                configureClient?.Invoke(options);
            },
        });

    /// <summary>The options of a sandbox over the fixed corpus (<see cref="Seed"/>, <see cref="Now"/>).</summary>
    public static SandboxOptions NewSandboxOptions(int corpusSize, bool legacy = false) =>
        new() { CorpusSize = corpusSize, Seed = Seed, Now = Now, LegacyRange = legacy };

    /// <summary>The options of a client of the sandbox's default client, with pacing off.</summary>
    public static OffresEmploiOptions NewClientOptions(bool legacy = false)
    {
        var options = SandboxClientFactory.CreateClientOptions();
        options.RangeLimits = RangeLimits(legacy);
        return options;
    }

    /// <summary>The options of a client of the sandbox's default client with every other setting at the SDK's default,
    /// as users run it (pacing at 3 requests per second, following the server's rate-limit headers).</summary>
    public static OffresEmploiOptions NewDefaultClientOptions()
    {
        var options = SandboxClientFactory.CreateClientOptions();
        options.RequestsPerSecond = new OffresEmploiOptions().RequestsPerSecond;
        return options;
    }

    private static OffresRangeLimits RangeLimits(bool legacy) => legacy ? OffresRangeLimits.Legacy : OffresRangeLimits.Current;

    public void Dispose()
    {
        Client.Dispose();
        Counter.Dispose();
        _sandbox.Dispose();
    }
}
