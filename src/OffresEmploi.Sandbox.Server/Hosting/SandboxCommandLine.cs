using System.Globalization;
using OffresEmploi.Sandbox.Corpus;
using OffresEmploi.Sandbox.Drift;
using OffresEmploi.Sandbox.Faults;

namespace OffresEmploi.Sandbox.Hosting;

/// <summary>The server's command line: sandbox options plus <c>--urls</c>.</summary>
internal sealed class SandboxCommandLine
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public const string Usage = """
        OffresEmploi sandbox: an offline simulator of France Travail's API Offres d'emploi v2.

        Usage: dotnet run --project src/OffresEmploi.Sandbox.Server -- [options]

        Options:
          --urls <url[;url]>        Addresses to listen on (default http://127.0.0.1:5080; port 0 = any free port)
          --size <n>                Number of generated offers (default 20000)
          --seed <n>                Seed of the corpus and of the faults (default 42)
          --now <date>              The corpus' today, yyyy-MM-dd or ISO 8601 (default: today, UTC midnight)
          --day <n>                 Serve the same market n days after --now, 0 to 365: offers created since
                                    appear, some vanish, some are updated (default 0)
          --rate <n>                Requests per second per client id; 0 = no limit (default 10)
          --burst <n>               Bucket size of the rate limiter (default 10)
          --faults <profile>        Fault profile, e.g. "flaky" or "5xx=0.1,latency=50ms-300ms" (default none)
          --drift <kinds>           Answer off-contract on purpose, to test a contract checker (default none)
          --legacy-range            Old range limits: start <= 1000, end <= 1149 (default 3000/3149)
          --token-lifetime <s>      Token lifetime in seconds (default 1499)
          --client <id:secret>      Accepted client; repeat for several; replaces the default sandbox:sandbox
          -h, --help                Show this help

        Fault profile: comma-separated presets (none, flaky, unstable, slow, chaos) and key=value items:
          500|502|503|5xx|429|truncate|malformed|revoke|spike = <probability 0..1> | every:<n>
          429-length=<n>  retry-after=<duration>  latency=<duration>[-<duration>]  spike-latency=<duration>  seed=<n>
          outage=<duration> [outage-at=<n>]: every API request answers 503 for that long from request n (default 1)
          (durations: 250ms, 2s, 3min; a bare number is milliseconds). See docs/sandbox.md.

        Drift: comma-separated kinds, applied to every offer answer (search 200/206, GET /v2/offres/{id} 200):
          unknown-member     each offer gains "champInconnu": "drift"
          new-code           each offer's typeContrat becomes "XYZ" (not in typesContrats)
          type-change        each offer's nombrePostes becomes a string ("1")
          missing-header     search answers 200/206 lose Content-Range
          unexpected-status  GET /v2/offres/{id} answers 202 instead of 200
          See docs/sandbox.md, "Contract drift".

        Exit codes: 0 stopped (Ctrl+C), 1 cannot listen (address in use, not allowed), 2 bad command line.
        """;

    private SandboxCommandLine(SandboxOptions options, IReadOnlyList<string> urls, bool showHelp, string? error)
    {
        Options = options;
        Urls = urls;
        ShowHelp = showHelp;
        Error = error;
    }

    public SandboxOptions Options { get; }

    public IReadOnlyList<string> Urls { get; }

    public bool ShowHelp { get; }

    /// <summary>Gets the usage error, if any (the program then exits with code 2).</summary>
    public string? Error { get; }

    public static SandboxCommandLine Parse(IReadOnlyList<string> args)
    {
        var options = new SandboxOptions { RateLimit = 10, Burst = 10 };
        var urls = new List<string>();
        var clientsReplaced = false;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inlineValue) = Split(args[i]);
            if (name is "-h" or "--help" or "-?")
            {
                return new(options, urls, showHelp: true, error: null);
            }

            if (name == "--legacy-range")
            {
                options.LegacyRange = true;
                continue;
            }

            string? value = inlineValue;
            if (value is null && i + 1 < args.Count)
            {
                value = args[++i];
            }

            if (value is null)
            {
                return Fail(options, $"Option {name} needs a value.");
            }

            var error = Apply(options, urls, name, value, ref clientsReplaced);
            if (error is not null)
            {
                return Fail(options, error);
            }
        }

        try
        {
            options.Validate();
        }
        catch (ArgumentException e)
        {
            return Fail(options, e.Message);
        }

        return new(options, urls.Count == 0 ? [DefaultUrl] : urls, showHelp: false, error: null);
    }

    /// <summary>The one line printed when the server cannot listen: which address, why, and how to pick another.</summary>
    /// <param name="urls">The addresses asked for.</param>
    /// <param name="exception">What starting the server threw (its message names the address Kestrel could not bind).</param>
    /// <param name="reason">Why, from <see cref="ListenFailure.TryDescribe"/>.</param>
    /// <returns>The line.</returns>
    public static string ListenError(IReadOnlyList<string> urls, Exception exception, string reason)
    {
        var messages = ListenFailure.Messages(exception).ToList();
        var failed = urls.FirstOrDefault(u => messages.Any(m => m.Contains(u.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)));
        if (reason == ListenFailure.NoSuchAddress)
        {
            return $"OffresEmploi.Sandbox.Server: cannot listen on {failed ?? string.Join(';', urls)}: {reason}. " +
                $"Pick another address with --urls, e.g. --urls {DefaultUrl}.";
        }

        var example = Uri.TryCreate(failed ?? (urls.Count > 0 ? urls[0] : DefaultUrl), UriKind.Absolute, out var uri)
            ? $"{uri.Scheme}://{uri.Host}:<other port>"
            : "http://127.0.0.1:<other port>";
        return $"OffresEmploi.Sandbox.Server: cannot listen on {failed ?? string.Join(';', urls)}: {reason}. " +
            $"Pick another port with --urls {example} (port 0 picks a free one).";
    }

    private static (string Name, string? Value) Split(string arg)
    {
        var equals = arg.StartsWith("--", StringComparison.Ordinal) ? arg.IndexOf('=', StringComparison.Ordinal) : -1;
        return equals < 0 ? (arg, null) : (arg[..equals], arg[(equals + 1)..]);
    }

    private static string? Apply(SandboxOptions options, List<string> urls, string name, string value, ref bool clientsReplaced)
    {
        switch (name)
        {
            case "--urls":
                urls.AddRange(value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                return null;
            case "--size":
                return TryInt(value, out var size) && size >= 0 ? Set(() => options.CorpusSize = size) : Invalid(name, value);
            case "--seed":
                return TryInt(value, out var seed) ? Set(() => options.Seed = seed) : Invalid(name, value);
            case "--burst":
                return TryInt(value, out var burst) && burst >= 0 ? Set(() => options.Burst = burst) : Invalid(name, value);
            case "--rate":
                return double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate)
                    ? Set(() => options.RateLimit = rate)
                    : Invalid(name, value);
            case "--token-lifetime":
                return TryInt(value, out var seconds) && seconds > 0 ? Set(() => options.TokenLifetime = TimeSpan.FromSeconds(seconds)) : Invalid(name, value);
            case "--now":
                return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var now)
                    ? Set(() => options.Now = now)
                    : Invalid(name, value);
            case "--day":
                return !TryInt(value, out var day) ? Invalid(name, value)
                    : day is < 0 or > CorpusOptions.MaxDay ? $"Invalid value '{value}' for --day: expected a number of days from 0 to {CorpusOptions.MaxDay}."
                    : Set(() => options.Day = day);
            case "--faults":
                return FaultProfile.TryParse(value, out var profile) ? Set(() => options.Faults = profile) : Invalid(name, value);
            case "--drift":
                return DriftProfile.TryParse(value, out var drift, out var driftError) ? Set(() => options.Drift = drift) : driftError;
            case "--client":
                var colon = value.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0 || colon == value.Length - 1)
                {
                    return $"Invalid --client '{value[..Math.Max(0, colon)]}:…': expected <id>:<secret>.";
                }

                if (!clientsReplaced)
                {
                    options.Clients.Clear();
                    clientsReplaced = true;
                }

                options.Clients[value[..colon]] = value[(colon + 1)..];
                return null;
            default:
                return $"Unknown option '{name}'. Use --help to list the options.";
        }
    }

    private static bool TryInt(string value, out int result) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result);

    private static string? Set(Action apply)
    {
        apply();
        return null;
    }

    private static string Invalid(string name, string value) => $"Invalid value '{value}' for {name}. Use --help to see the expected form.";

    private static SandboxCommandLine Fail(SandboxOptions options, string error) => new(options, [], showHelp: false, error);
}
