using System.Globalization;
using OffresEmploi.Testing.Load;

namespace OffresEmploi.Mcp.LoadTest;

/// <summary>The driver's command line.</summary>
internal static class LoadCommandLine
{
    public const string Usage = """
        OffresEmploi.Mcp.LoadTest: concurrent MCP clients against the MCP server over Streamable HTTP,
        checked from the API side (a sandbox): errors, latency, token requests, peak rate, 429.

        Usage: dotnet run -c Release --project tools/OffresEmploi.Mcp.LoadTest -- [options]

          --clients N            concurrent MCP clients (default 50)
          --calls N              tools/call per client, one after the other (default 200)
          --mix LIST             tool weights (default search=25,get=20,lookup=25,resolve=20,summarize=10)
          --rate N               quota in API requests/s: the sandbox's limit and the server's
                                 OFFRES_EMPLOI_REQUESTS_PER_SECOND (default 200)
          --burst N              the sandbox's bucket size (default: the rate rounded up)
          --token-lifetime S     the sandbox's token lifetime in seconds (default 1499)
          --size N               simulated offers (default 20000)
          --seed N               seed of the corpus and of the calls (default 42)
          --timeout S            bound of the run in seconds (default 300)
          --replicas N           MCP server processes (1 to 8), one client id, the whole quota each;
                                 clients spread round-robin (default 1)
          --kill-replica-after N kill replica 0 after N completed calls; its clients move to the
                                 others (needs --replicas 2 or more; default 0, none)
          --redis                start a private redis-server and give it to every replica
                                 (OFFRES_EMPLOI_REDIS; fallback replicas = --replicas): shared
                                 pacing, token and referentiels
          --redis-down-after N   stop that redis-server after N completed calls (needs --redis)
          --redis-down-for M     start it again, empty, M completed calls later
          --sandbox URL          use a running sandbox (root URL) instead of starting one
          --mcp URL              use a running MCP server (its /mcp URL); needs --sandbox
          --json                 print the report as JSON
          -h, --help             show this help

        Exit code: 0 when every check passed, 1 when one failed, 2 on a usage error.
        """;

    /// <summary>Parses the arguments into options and whether JSON is wanted; null options mean help.</summary>
    /// <exception cref="FormatException">An argument is unknown or its value invalid; the message says which.</exception>
    public static (LoadOptions? Options, bool Json) Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        var json = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            switch (name)
            {
                case "-h" or "--help": return (null, json);
                case "--json": json = true; break;
                case "--clients": options = options with { Clients = Int(args, ref i) }; break;
                case "--calls": options = options with { Calls = Int(args, ref i) }; break;
                case "--mix": options = options with { Mix = ToolMix.Parse(Value(args, ref i)) }; break;
                case "--rate": options = options with { Rate = Number(args, ref i) }; break;
                case "--burst": options = options with { Burst = Int(args, ref i) }; break;
                case "--token-lifetime": options = options with { TokenLifetime = TimeSpan.FromSeconds(Int(args, ref i)) }; break;
                case "--size": options = options with { CorpusSize = Int(args, ref i) }; break;
                case "--seed": options = options with { Seed = Int(args, ref i) }; break;
                case "--timeout": options = options with { Timeout = TimeSpan.FromSeconds(Int(args, ref i)) }; break;
                case "--replicas": options = options with { Replicas = Int(args, ref i) }; break;
                case "--kill-replica-after": options = options with { KillReplicaAfter = Int(args, ref i) }; break;
                case "--redis": options = options with { SharedRedis = true }; break;
                case "--redis-down-after": options = options with { RedisDownAfter = Int(args, ref i) }; break;
                case "--redis-down-for": options = options with { RedisDownFor = Int(args, ref i) }; break;
                case "--sandbox": options = options with { SandboxAddress = Url(args, ref i) }; break;
                case "--mcp": options = options with { McpEndpoint = Url(args, ref i) }; break;
                default: throw new FormatException($"Unknown argument '{name}'. Run with --help for the usage.");
            }
        }

        return (options, json);
    }

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        i + 1 < args.Count ? args[++i] : throw new FormatException($"{args[i]} needs a value.");

    private static int Int(IReadOnlyList<string> args, ref int i)
    {
        var name = args[i];
        var text = Value(args, ref i);
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : throw new FormatException($"{name} must be a whole number (got '{text}').");
    }

    private static double Number(IReadOnlyList<string> args, ref int i)
    {
        var name = args[i];
        var text = Value(args, ref i);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw new FormatException($"{name} must be a number (got '{text}').");
    }

    private static Uri Url(IReadOnlyList<string> args, ref int i)
    {
        var name = args[i];
        var text = Value(args, ref i);
        return Uri.TryCreate(text, UriKind.Absolute, out var url) ? url : throw new FormatException($"{name} must be an absolute URL (got '{text}').");
    }
}
