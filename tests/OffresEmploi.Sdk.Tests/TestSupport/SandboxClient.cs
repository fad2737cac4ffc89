using OffresEmploi.Sandbox;
using OffresEmploi.Sandbox.Http;
using OffresEmploi.Testing;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests.TestSupport;

/// <summary>An SDK client wired to the in-process sandbox, with pacing off so tests run at full speed.</summary>
/// <remarks>The wiring is the benchmarks' (<see cref="SandboxSetup"/>, which also counts the requests sent), over the
/// sandbox's <see cref="SandboxClientFactory"/>.</remarks>
internal static class SandboxClient
{
    public static DateTimeOffset Now => SandboxSetup.Now;

    public static (OffresEmploiClient Client, SandboxHttpMessageHandler Handler) Create(
        int corpusSize = 20_000,
        bool legacy = false,
        Action<SandboxOptions>? configureSandbox = null,
        Action<OffresEmploiOptions>? configureClient = null)
    {
        var sandbox = SandboxSetup.NewSandboxOptions(corpusSize, legacy);
        configureSandbox?.Invoke(sandbox);
        var handler = new SandboxHttpMessageHandler(sandbox);
        return (SandboxSetup.CreateClient(handler, legacy, configureClient), handler);
    }
}
