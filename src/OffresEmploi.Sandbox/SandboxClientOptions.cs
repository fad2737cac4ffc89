using Microsoft.Extensions.Logging;
using OffresEmploi.Sdk;

namespace OffresEmploi.Sandbox;

/// <summary>Settings of an <see cref="OffresEmploiClient"/> created by <see cref="SandboxClientFactory"/>.</summary>
public sealed class SandboxClientOptions
{
    /// <summary>Gets or sets the sandbox created for the client (corpus size, seed, "today", faults, clock).
    /// Used by <see cref="SandboxClientFactory.Create(SandboxClientOptions?)"/> only; the overload that takes a handler
    /// uses that sandbox as it is. <value>Defaults to <see cref="SandboxOptions"/>' defaults.</value></summary>
    public SandboxOptions Sandbox { get; set; } = new();

    /// <summary>Gets or sets a value indicating whether the sandbox is created on the client's first request rather than
    /// with the client, for a host that should start fast and may never call (the MCP server). The options are still
    /// checked at once. Used by <see cref="SandboxClientFactory.Create(SandboxClientOptions?)"/> only.
    /// <value>Defaults to <see langword="false"/>.</value></summary>
    public bool CreateSandboxOnFirstRequest { get; set; }

    /// <summary>Gets or sets the client's clock (token expiry, pacing, retries, caching).
    /// <value>Defaults to <see langword="null"/>: the sandbox's <see cref="SandboxOptions.TimeProvider"/> for a sandbox the
    /// factory creates, <see cref="TimeProvider.System"/> for a handler passed in.</value></summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Gets or sets where the SDK logs. <value>Defaults to <see langword="null"/>: nothing is logged.</value></summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>Gets or sets a change to the client's options after the sandbox's are set
    /// (<see cref="SandboxClientFactory.CreateClientOptions"/>): pacing, range limits, retries...
    /// <value>Defaults to <see langword="null"/>.</value></summary>
    public Action<OffresEmploiOptions>? ConfigureClient { get; set; }
}
