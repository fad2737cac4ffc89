using System.Globalization;
using System.Net;

namespace OffresEmploi.Mcp;

/// <summary>The command line: stdio by default, Streamable HTTP with <c>--http</c>.</summary>
internal sealed record ServerCommandLine
{
    /// <summary>The environment variable holding the bearer token required in HTTP mode (same as <c>--token</c>).</summary>
    public const string TokenVariable = "OFFRES_EMPLOI_MCP_TOKEN";

    public const int DefaultPort = 5139;

    public const string Usage = """
        offres-emploi-mcp: France Travail job offers as MCP tools.

        Usage: offres-emploi-mcp [--http [--port N] [--host ADDRESS] [--token TOKEN]]

          (no option)     serve MCP over stdio (for Claude Desktop, Claude Code, VS Code...)
          --http          serve MCP over Streamable HTTP at http://HOST:PORT/mcp
          --port N        HTTP port (default 5139; 0 picks a free one)
          --host ADDRESS  address to bind (default 127.0.0.1); any other needs a token
          --token TOKEN   require "Authorization: Bearer TOKEN" (or set OFFRES_EMPLOI_MCP_TOKEN)
          --help          show this help
          --version       show the version

        Exit codes: 0 stopped, 1 the HTTP port cannot be used (in use, not allowed), 2 bad command line or settings.

        Credentials: OFFRES_EMPLOI_CLIENT_ID and OFFRES_EMPLOI_CLIENT_SECRET (optional
        OFFRES_EMPLOI_BASE_URL, OFFRES_EMPLOI_TOKEN_URL, OFFRES_EMPLOI_REQUESTS_PER_SECOND).
        Without them the server runs on the embedded offline sandbox, with simulated offers.

        Replicas on one client id: OFFRES_EMPLOI_REDIS (a StackExchange.Redis configuration
        string) shares the quota, the access token and the referentiels through Redis;
        OFFRES_EMPLOI_REDIS_FALLBACK_REPLICAS (the replica count) divides the quota while
        Redis is down. See docs/deploy.md.
        """;

    public bool Http { get; init; }

    public int Port { get; init; } = DefaultPort;

    public IPAddress Host { get; init; } = IPAddress.Loopback;

    public string? Token { get; init; }

    public bool Help { get; init; }

    public bool Version { get; init; }

    /// <summary>Parses the arguments; <paramref name="getVariable"/> reads the token variable when <c>--token</c> is absent.</summary>
    /// <exception cref="FormatException">An argument is unknown or invalid; the message says which.</exception>
    public static ServerCommandLine Parse(IReadOnlyList<string> args, Func<string, string?> getVariable)
    {
        var result = new ServerCommandLine();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            result = arg switch
            {
                "--http" => result with { Http = true },
                "--port" => result with { Port = ParsePort(Value(args, ref i, arg)) },
                "--host" => result with { Host = ParseHost(Value(args, ref i, arg)) },
                "--token" => result with { Token = Value(args, ref i, arg) },
                "--help" or "-h" or "-?" => result with { Help = true },
                "--version" => result with { Version = true },
                _ => throw new FormatException($"Unknown argument '{arg}'. Run with --help for the usage."),
            };
        }

        if (result.Token is null && getVariable(TokenVariable) is { Length: > 0 } token)
        {
            result = result with { Token = token };
        }

        if (!result.Http && (args.Contains("--port") || args.Contains("--host") || args.Contains("--token")))
        {
            throw new FormatException("--port, --host and --token apply to --http only.");
        }

        if (result.Http && !IPAddress.IsLoopback(result.Host) && result.Token is null)
        {
            throw new FormatException($"Binding {result.Host} exposes the server beyond this machine: set --token (or {TokenVariable}).");
        }

        return result;
    }

    /// <summary>The one line printed when the HTTP port cannot be used: which address, why, and how to pick another.</summary>
    /// <param name="reason">Why, from <see cref="Sandbox.Hosting.ListenFailure.TryDescribe"/>.</param>
    /// <returns>The line.</returns>
    public string ListenError(string reason) =>
        $"offres-emploi-mcp: cannot listen on {new IPEndPoint(Host, Port)}: {reason}. " + (reason == Sandbox.Hosting.ListenFailure.NoSuchAddress
            ? "Pick another address with --host (the default 127.0.0.1 always exists)."
            : "Pick another port with --port <other> (--port 0 picks a free one).");

    private static string Value(IReadOnlyList<string> args, ref int i, string name) =>
        ++i < args.Count && !args[i].StartsWith("--", StringComparison.Ordinal)
            ? args[i]
            : throw new FormatException($"{name} needs a value.");

    private static int ParsePort(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535
            ? port
            : throw new FormatException($"--port must be a number from 0 to 65535 (got '{text}').");

    private static IPAddress ParseHost(string text) =>
        text == "localhost" ? IPAddress.Loopback
        : IPAddress.TryParse(text, out var address) ? address
        : throw new FormatException($"--host must be an IP address such as 127.0.0.1 or 0.0.0.0 (got '{text}').");
}
