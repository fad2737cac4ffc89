using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Testing.Redis;

/// <summary>
/// A private <c>redis-server</c> for one test: a free loopback port, a temp folder as its working directory, no
/// persistence (<c>--save "" --appendonly no</c>), so a test never depends on a system service or on another test's data.
/// </summary>
/// <remarks>
/// <see cref="StopAsync"/> kills the process (as a crash or a restart would) and <see cref="RestartAsync"/> starts a new
/// one on the same port, empty, so clients that reconnect to <see cref="Configuration"/> find it again. Dispose kills it
/// and deletes the folder; a process-exit hook does the same if a test host ends without disposing.
/// </remarks>
public sealed class RedisServer : IAsyncDisposable
{
    /// <summary>How long a starting server may take to answer PING before the start is reported as failed.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);

    private const string Executable = "redis-server";
    private const int PortAttempts = 3;
    private readonly string _directory;
    private readonly string? _password;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private RedisServer(int port, string directory, string? password)
    {
        Port = port;
        _directory = directory;
        _password = password;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    /// <summary>The loopback port the server listens on, the same across restarts.</summary>
    public int Port { get; private set; }

    /// <summary>The StackExchange.Redis configuration string that reaches this server (with its password, if any).</summary>
    public string Configuration => _password is null
        ? string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}")
        : string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port},password={_password}");

    /// <summary>Whether the server process is running (false between <see cref="StopAsync"/> and <see cref="RestartAsync"/>).</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts a server on a free loopback port and returns once it answers PING.</summary>
    /// <param name="password">When set, the server requires it (<c>--requirepass</c>) and <see cref="Configuration"/> carries it.</param>
    /// <param name="cancellationToken">Cancels the start; the server is killed.</param>
    /// <exception cref="InvalidOperationException">redis-server is not on PATH, exits, or does not answer within <see cref="StartTimeout"/>.</exception>
    public static async Task<RedisServer> StartAsync(string? password = null, CancellationToken cancellationToken = default)
    {
        var directory = Directory.CreateTempSubdirectory("offres-redis-").FullName;
        var server = new RedisServer(LoopbackServers.ClosedPort(), directory, password);
        try
        {
            // The free port is found by binding and closing it, so another process can take it before redis-server
            // binds it: a start that fails that way tries a new port.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await server.RestartAsync(cancellationToken).ConfigureAwait(false);
                    return server;
                }
                catch (InvalidOperationException) when (attempt < PortAttempts && server.OutputText().Contains("Address already in use", StringComparison.Ordinal))
                {
                    server.Port = LoopbackServers.ClosedPort();
                }
            }
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Starts the server again on the same port (empty: nothing was persisted) and returns once it answers PING.</summary>
    /// <exception cref="InvalidOperationException">It is already running, redis-server is missing, exits, or does not answer in time.</exception>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"redis-server is already running on port {Port}.");
        }

        KillAndRelease();
        lock (_output)
        {
            _output.Clear();
        }

        _process = Launch();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        try
        {
            while (!await AnswersPingAsync(timeout.Token).ConfigureAwait(false))
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException(
                        $"redis-server exited with code {_process.ExitCode} before answering on port {Port}: {OutputText()}");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(20), timeout.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            KillAndRelease();
            throw new InvalidOperationException(
                $"redis-server did not answer PING on port {Port} within {StartTimeout.TotalSeconds:0} s: {OutputText()}");
        }
        catch
        {
            KillAndRelease();
            throw;
        }
    }

    /// <summary>Kills the server (no shutdown, no save) and waits until it has exited; clients see the connection drop.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_process is { } process)
        {
            if (!process.HasExited)
            {
                process.Kill();
            }

            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Opens a connection of its own, as one process would have: it does not give up when the server is down
    /// (<c>abortConnect=false</c>) and times out in 2 s, so a test that stops the server sees failures quickly.
    /// </summary>
    public async Task<StackExchange.Redis.IConnectionMultiplexer> ConnectAsync() =>
        await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(Configuration + ",abortConnect=false,connectTimeout=2000,syncTimeout=2000,asyncTimeout=2000").ConfigureAwait(false);

    /// <summary>Lists the keys matching <paramref name="pattern"/> (Redis glob), through a connection of its own.</summary>
    public async Task<IReadOnlyList<string>> KeysAsync(string pattern, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using var connection = await ConnectAsync().ConfigureAwait(false);
        return [.. connection.GetServer(connection.GetEndPoints()[0]).Keys(pattern: pattern).Select(k => (string)k!)];
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        KillAndRelease();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the test's outcome does not depend on it.
        }
    }

    private Process Launch()
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _directory,
        };
        string[] arguments =
        [
            "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
            "--save", "", "--appendonly", "no", "--dir", _directory, "--daemonize", "no", "--loglevel", "warning",
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (_password is not null)
        {
            start.ArgumentList.Add("--requirepass");
            start.ArgumentList.Add(_password);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{Executable} could not be started.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"{Executable} could not be started ({e.Message}): install it (apt-get install redis-server; .ci/run does so as root).", e);
        }

        process.OutputDataReceived += (_, e) => Record(e.Data);
        process.ErrorDataReceived += (_, e) => Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>One PING over a fresh connection: true when the server answers (+PONG, or -NOAUTH when it has a password).</summary>
    private async Task<bool> AnswersPingAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port, cancellationToken).ConfigureAwait(false);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
            var buffer = new byte[64];
            var read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            return read > 0 && buffer[0] is (byte)'+' or (byte)'-';
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            // Bounded: only the start of the output is needed to explain a failed start.
            if (_output.Length < 8_000)
            {
                _output.AppendLine(line);
            }
        }
    }

    private string OutputText()
    {
        lock (_output)
        {
            return _output.Length == 0 ? "(no output)" : _output.ToString().Trim();
        }
    }

    private void KillAndRelease()
    {
        if (_process is { } process)
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill();
                    process.WaitForExit();
                }
            }
            catch (InvalidOperationException)
            {
                // Never started or already gone.
            }

            process.Dispose();
            _process = null;
        }
    }

    private void OnProcessExit(object? sender, EventArgs e) => KillAndRelease();
}
