using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using OffresEmploi.Sandbox.Hosting;

namespace OffresEmploi.Mcp.Tests;

/// <summary><c>--http --port</c> on a port that cannot be used: one line and a non-zero exit, not a stack trace (issue #12, item 5).</summary>
public class BusyPortTests
{
    [Fact]
    public async Task Http_PortInUse_ExitsWithOneLineNamingThePortAndHowToPickAnother()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        try
        {
            var port = ((IPEndPoint)busy.LocalEndpoint).Port;
            var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in new[] { ServerProcess.DllPath, "--http", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            {
                start.ArgumentList.Add(argument);
            }

            foreach (var (name, value) in ServerProcess.NoCredentials)
            {
                start.Environment[name] = value;
            }

            using var process = Process.Start(start)!;
            try
            {
                var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
                var error = process.StandardError.ReadToEndAsync(timeout.Token);
                await process.WaitForExitAsync(timeout.Token);

                Assert.Equal(ListenFailure.ExitCode, process.ExitCode);
                Assert.Equal("", await output);
                var line = Assert.Single((await error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                Assert.Equal(
                    $"offres-emploi-mcp: cannot listen on 127.0.0.1:{port}: the port is already in use. Pick another port with --port <other> (--port 0 picks a free one).",
                    line);
            }
            finally
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }
            }
        }
        finally
        {
            busy.Stop();
        }
    }

    [Fact]
    public void ListenError_AddressNotOnThisMachine_SuggestsAnotherHost()
    {
        var commandLine = ServerCommandLine.Parse(["--http", "--host", "10.9.9.9", "--token", "t", "--port", "8080"], _ => null);

        Assert.Equal(
            "offres-emploi-mcp: cannot listen on 10.9.9.9:8080: this machine has no such address. Pick another address with --host (the default 127.0.0.1 always exists).",
            commandLine.ListenError(ListenFailure.NoSuchAddress));
    }
}
