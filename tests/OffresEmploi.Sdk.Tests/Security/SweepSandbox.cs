using OffresEmploi.Sandbox;
using OffresEmploi.Sandbox.Faults;
using OffresEmploi.Sandbox.Http;
using OffresEmploi.Testing;
using OffresEmploi.Testing.Security;

namespace OffresEmploi.Sdk.Tests.Security;

/// <summary>
/// An in-process sandbox that knows one client with a distinctive secret, behind a <see cref="TokenRecorder"/>, and
/// the options of an SDK client pointed at it (small retry delays, pacing off).
/// </summary>
internal sealed class SweepSandbox : IDisposable
{
    public const string ClientId = "sweep-client-7Qd2Lx";

    private readonly SandboxHttpMessageHandler _sandbox;

    public SweepSandbox(string faults = "none", int corpusSize = 5_000)
    {
        Secret = "sweep-SECRET-" + Guid.NewGuid().ToString("N")[..16];
        Sweep = new SecretSweep(Secret);
        var options = SandboxSetup.NewSandboxOptions(corpusSize);
        options.Faults = FaultProfile.Parse(faults);
        options.Clients.Clear();
        options.Clients[ClientId] = Secret;
        _sandbox = new SandboxHttpMessageHandler(options);
        Transport = new TokenRecorder(Sweep, _sandbox);
    }

    public string Secret { get; }

    public SecretSweep Sweep { get; }

    public TokenRecorder Transport { get; }

    /// <summary>Options for a client of this sandbox; <paramref name="presentedSecret"/> replaces the right secret (and is searched for too).</summary>
    public OffresEmploiOptions Options(string? presentedSecret = null)
    {
        if (presentedSecret is not null)
        {
            Sweep.AddSecret(presentedSecret, "wrong client secret");
        }

        // The sandbox's addresses with pacing off, as every sandbox client has them; this sandbox's own client.
        var options = SandboxClientFactory.CreateClientOptions();
        options.ClientId = ClientId;
        options.ClientSecret = presentedSecret ?? Secret;
        options.RetryBaseDelay = TimeSpan.FromMilliseconds(2);
        options.MaxRetryDelay = TimeSpan.FromMilliseconds(100);
        options.AttemptTimeout = TimeSpan.FromSeconds(10);
        options.TotalTimeout = TimeSpan.FromSeconds(30);
        return options;
    }

    public OffresEmploiClient CreateClient(string? presentedSecret = null)
    {
        var options = Options(presentedSecret);
        Sweep.Add(SweepChannel.ToStringText, options.ToString());
        var client = new OffresEmploiClient(options, Transport, TimeProvider.System, Sweep.LoggerFactory);
        Sweep.Add(SweepChannel.ToStringText, client.ToString());
        return client;
    }

    public void Dispose()
    {
        Transport.Dispose();
        Sweep.Dispose();
    }
}
