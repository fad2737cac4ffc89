using OffresEmploi.Sandbox;
using OffresEmploi.Sandbox.Http;
using OffresEmploi.Sdk.Paging;

namespace OffresEmploi.Sdk.Tests.TestSupport;

/// <summary>An SDK client wired to the in-process sandbox, with pacing off so tests run at full speed.</summary>
/// <remarks><c>wrapHandler</c> puts a handler (a request counter, say) between the client and the sandbox.</remarks>
internal static class SandboxClient
{
    public static readonly DateTimeOffset Now = new(2026, 1, 15, 0, 0, 0, TimeSpan.Zero);

    public static (OffresEmploiClient Client, SandboxHttpMessageHandler Handler) Create(
        int corpusSize = 20_000,
        bool legacy = false,
        Action<SandboxOptions>? configureSandbox = null,
        Action<OffresEmploiOptions>? configureClient = null,
        Func<HttpMessageHandler, HttpMessageHandler>? wrapHandler = null)
    {
        var sandbox = new SandboxOptions { CorpusSize = corpusSize, Seed = 42, Now = Now, LegacyRange = legacy };
        configureSandbox?.Invoke(sandbox);
        var handler = new SandboxHttpMessageHandler(sandbox);
        var options = new OffresEmploiOptions
        {
            ClientId = SandboxDefaults.ClientId,
            ClientSecret = SandboxDefaults.ClientSecret,
            BaseAddress = SandboxDefaults.BaseAddress,
            TokenEndpoint = SandboxDefaults.TokenEndpoint,
            RequestsPerSecond = 0,
            RangeLimits = legacy ? OffresRangeLimits.Legacy : OffresRangeLimits.Current,
        };
        configureClient?.Invoke(options);
        return (new OffresEmploiClient(options, wrapHandler?.Invoke(handler) ?? handler), handler);
    }
}
