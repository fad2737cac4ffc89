using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using OffresEmploi.Sandbox.Hosting;

namespace OffresEmploi.Sandbox.Tests.Hosting;

/// <summary>A server that cannot listen says so in one line (issue #12, item 5).</summary>
public class ListenFailureTests
{
    [Fact]
    public async Task Program_PortInUse_ExitsWithOneLineNamingTheAddressAndHowToPickAnother()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        try
        {
            var port = ((IPEndPoint)busy.LocalEndpoint).Port;
            var url = $"http://127.0.0.1:{port}";

            var (exitCode, output, error) = await RunSandboxAsync(["--urls", url, "--size", "1"], timeout.Token);

            Assert.Equal(ListenFailure.ExitCode, exitCode);
            Assert.Equal("", output);
            var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.Equal(
                $"OffresEmploi.Sandbox.Server: cannot listen on {url}: the port is already in use. Pick another port with --urls http://127.0.0.1:<other port> (port 0 picks a free one).",
                line);
        }
        finally
        {
            busy.Stop();
        }
    }

    [Fact]
    public void TryDescribe_KestrelBindFailure_IsThePortInUse()
    {
        var kestrel = new IOException(
            "Failed to bind to address http://127.0.0.1:5080: address already in use.",
            new InvalidOperationException("Address already in use", new SocketException((int)SocketError.AddressAlreadyInUse)));

        Assert.True(ListenFailure.TryDescribe(kestrel, out var reason));
        Assert.Equal("the port is already in use", reason);
    }

    [Theory]
    [InlineData(SocketError.AccessDenied, "permission denied (ports below 1024 need administrator rights)")]
    [InlineData(SocketError.AddressNotAvailable, ListenFailure.NoSuchAddress)]
    public void TryDescribe_OtherBindErrors_SayWhy(SocketError error, string expected)
    {
        Assert.True(ListenFailure.TryDescribe(new SocketException((int)error), out var reason));
        Assert.Equal(expected, reason);
    }

    [Fact]
    public void TryDescribe_AnythingElse_IsNotAListenFailure()
    {
        Assert.False(ListenFailure.TryDescribe(new IOException("disk full"), out _));
        Assert.False(ListenFailure.TryDescribe(new IOException("reset", new SocketException((int)SocketError.ConnectionReset)), out _));
        Assert.False(ListenFailure.TryDescribe(new InvalidOperationException("bad"), out _));
    }

    [Fact]
    public void ListenError_SeveralUrls_NamesTheOneThatFailed()
    {
        var kestrel = new IOException("Failed to bind to address http://127.0.0.1:5081: address already in use.", new SocketException((int)SocketError.AddressAlreadyInUse));

        var line = SandboxCommandLine.ListenError(["http://127.0.0.1:5080", "http://127.0.0.1:5081"], kestrel, "the port is already in use");

        Assert.StartsWith("OffresEmploi.Sandbox.Server: cannot listen on http://127.0.0.1:5081: the port is already in use.", line, StringComparison.Ordinal);
    }

    [Fact]
    public void ListenError_NoSuchAddress_SuggestsAnotherAddress()
    {
        var line = SandboxCommandLine.ListenError(["http://10.9.9.9:5080"], new SocketException((int)SocketError.AddressNotAvailable), ListenFailure.NoSuchAddress);

        Assert.Contains("Pick another address with --urls, e.g. --urls http://127.0.0.1:5080.", line, StringComparison.Ordinal);
    }

    /// <summary>Runs the real entry point (the built OffresEmploi.Sandbox.Server.dll) and collects its exit code and streams.</summary>
    private static async Task<(int ExitCode, string Output, string Error)> RunSandboxAsync(string[] args, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OffresEmploi.Sandbox.Server.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return (process.ExitCode, await output, await error);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
