using System.Diagnostics;
using OffresEmploi.Testing.Faults;
using OffresEmploi.Testing;

namespace OffresEmploi.Sdk.Benchmarks.Faults;

/// <summary>
/// The sandbox server as users start it: its own process (<c>dotnet OffresEmploi.Sandbox.Server.dll</c>, built beside this
/// tool), its documented command line, on a free loopback port; stopped when disposed.
/// </summary>
internal sealed class SandboxProcess : IAsyncDisposable
{
    private readonly Process _process;

    private SandboxProcess(Process process, Uri root)
    {
        _process = process;
        Root = root;
    }

    /// <summary>Gets the server's root address.</summary>
    public Uri Root { get; }

    /// <summary>Gets the API base address.</summary>
    public Uri BaseAddress => new(Root, "partenaire/offresdemploi/");

    /// <summary>Gets the token endpoint (the client adds the realm).</summary>
    public Uri TokenEndpoint => new(Root, "connexion/oauth2/access_token");

    /// <summary>Starts the server with <paramref name="arguments"/> (besides <c>--urls</c>) and waits until it listens.</summary>
    /// <remarks>Port 0 lets the server take a free port itself (no race with another process between a probe and the
    /// bind); the address it prints once listening ("listening on http://127.0.0.1:PORT/") is read back.</remarks>
    public static async Task<SandboxProcess> StartAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "OffresEmploi.Sandbox.Server.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])[dll, "--urls", "http://127.0.0.1:0", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The sandbox process did not start.");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            // Kestrel's "Now listening on: URL" and the sandbox's own "listening on   URL" both give the bound address.
            if (e.Data is { } line && line.Contains("listening on", StringComparison.OrdinalIgnoreCase)
                && line.IndexOf("http", StringComparison.Ordinal) is var at and >= 0)
            {
                _ = listening.TrySetResult(new Uri(line[at..].Trim()));
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                Console.Error.WriteLine("sandbox: " + line);
            }
        };
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"The sandbox process exited with code {process.ExitCode} before listening."));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var root = await listening.Task.WaitAsync(TimeSpan.FromMinutes(2), cancellationToken).ConfigureAwait(false);
        return new SandboxProcess(process, root);
    }

    /// <summary>Reads the server's own statistics (<c>GET /_sandbox/stats</c>) as JSON text.</summary>
    public async Task<string> StatisticsAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient();
        return await client.GetStringAsync(new Uri(Root, "_sandbox/stats"), cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
    }
}
