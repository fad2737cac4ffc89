using OffresEmploi.Cli.Settings;
using OffresEmploi.Sandbox;
using OffresEmploi.Sdk;
using Spectre.Console;

namespace OffresEmploi.Cli.Infrastructure;

/// <summary>
/// A client for one command: the real API when both credentials are set (options read by
/// <see cref="OffresEmploiOptions.FromEnvironment(Func{string, string?})"/>), the in-process sandbox when neither is or
/// <c>--sandbox</c> is given, and a usage error when only one is.
/// </summary>
internal sealed class ApiSession : IDisposable
{
    private ApiSession(OffresEmploiClient client, bool isSandbox, string? sandboxReason, string source)
    {
        Client = client;
        IsSandbox = isSandbox;
        SandboxReason = sandboxReason;
        Source = source;
    }

    /// <summary>The SDK client.</summary>
    public OffresEmploiClient Client { get; }

    /// <summary>Whether the data comes from the sandbox.</summary>
    public bool IsSandbox { get; }

    /// <summary>Where the offers come from: <c>sandbox</c> (in process) or the API's base address (credentials never in it).</summary>
    public string Source { get; }

    /// <summary>Why the sandbox is used ("--sandbox", "no credentials set"), for the notice line.</summary>
    public string? SandboxReason { get; }

    /// <summary>Opens a session and writes the sandbox notice when it applies.</summary>
    /// <param name="context">The CLI context.</param>
    /// <param name="settings">The command's settings (<c>--sandbox</c>).</param>
    /// <returns>The session.</returns>
    /// <exception cref="UsageException">Only one of the two credential variables is set, or a URL or rate variable is malformed.</exception>
    public static ApiSession Open(CliContext context, GlobalSettings settings)
    {
        var session = settings.Sandbox ? OpenSandbox(context, "--sandbox") : OpenFromEnvironment(context);
        if (session.IsSandbox)
        {
            PlainLine.Write(context.Error, "[dim]Sandbox data:[/] ", $"offline simulator ({session.SandboxReason}).");
        }

        return session;
    }

    /// <inheritdoc/>
    public void Dispose() => Client.Dispose();

    // The base address without user info, port, query or fragment: what identifies the data, and nothing secret. The port is
    // left out so that a sandbox server started again on another port is still the same source.
    private static string SourceOf(Uri baseAddress) => $"{baseAddress.Scheme}://{baseAddress.Host}{baseAddress.AbsolutePath}";

    private static ApiSession OpenSandbox(CliContext context, string reason)
    {
        // A new sandbox is disposed with its client; a shared one (tests) is not.
        var options = new SandboxClientOptions { TimeProvider = context.TimeProvider };
        var client = context.SandboxHandler is { } shared
            ? SandboxClientFactory.Create(shared, options)
            : SandboxClientFactory.Create(options);
        return new ApiSession(client, isSandbox: true, reason, "sandbox");
    }

    private static ApiSession OpenFromEnvironment(CliContext context)
    {
        // One credential without the other is a mistake, not a wish for simulated data: say which one is missing.
        if (OffresEmploiOptions.DescribeMissingCredentialVariable(context.GetEnvironmentVariable) is { } missing)
        {
            throw new UsageException($"{missing}: set both to use France Travail's API, or neither (or pass --sandbox) to use the sandbox.");
        }

        OffresEmploiOptions options;
        try
        {
            options = OffresEmploiOptions.FromEnvironment(context.GetEnvironmentVariable);
        }
        catch (FormatException e)
        {
            throw new UsageException(e.Message, e);
        }

        if (string.IsNullOrEmpty(options.ClientId))
        {
            return OpenSandbox(context, "no OFFRES_EMPLOI_CLIENT_ID/SECRET set");
        }

        var client = new OffresEmploiClient(options, context.ApiHandler, context.TimeProvider);
        return new ApiSession(client, isSandbox: false, sandboxReason: null, SourceOf(options.BaseAddress));
    }
}
