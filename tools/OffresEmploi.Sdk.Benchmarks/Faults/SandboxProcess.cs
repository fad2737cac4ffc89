using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OffresEmploi.Sdk.Benchmarks.Faults;

/// <summary>
/// The sandbox server as users start it: its own process (<c>dotnet OffresEmploi.Sandbox.dll</c>, built beside this
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

    /// <summary>Starts the server with <paramref name="arguments"/> (besides <c>--urls</c>) and waits until it answers.</summary>
    public static async Task<SandboxProcess> StartAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "OffresEmploi.Sandbox.dll");
        var port = FreePort();
        var root = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The sandbox process did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                Console.Error.WriteLine("sandbox: " + line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var sandbox = new SandboxProcess(process, root);
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await probe.GetAsync(new Uri(root, "_sandbox/stats"), cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return sandbox;
                }
            }
            catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromMinutes(2) && !process.HasExited)
            {
                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
        }
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
