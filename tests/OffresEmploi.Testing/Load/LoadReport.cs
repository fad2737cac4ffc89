using System.Globalization;
using OffresEmploi.Sdk;

namespace OffresEmploi.Testing.Load;

/// <summary>The figures of one run, client side (latency, errors) and API side (tokens, requests, peak rate, 429), and the verdicts.</summary>
internal sealed partial record LoadReport
{
    public required LoadOptions Options { get; init; }

    public required TimeSpan Duration { get; init; }

    /// <summary>The time over which tokens were counted: from the replicas' start when they were started for the run
    /// (each fetches a token while starting), else <see cref="Duration"/>.</summary>
    public required TimeSpan TokenWindow { get; init; }

    public required int Expected { get; init; }

    public required int Answered { get; init; }

    public required ToolFigures All { get; init; }

    public required IReadOnlyList<ToolFigures> ByTool { get; init; }

    public required IReadOnlyDictionary<CallOutcome, int> Outcomes { get; init; }

    public required IReadOnlyList<string> ErrorSamples { get; init; }

    public required ApiSideCounts Api { get; init; }

    /// <summary>Gets the calls of each replica, by replica index.</summary>
    public required IReadOnlyList<ReplicaFigures> Replicas { get; init; }

    /// <summary>Gets the calls that failed because their replica was killed mid-load (0 when none was).</summary>
    public int CallsLost => Outcomes[CallOutcome.Lost];

    /// <summary>Gets the clients that started on the killed replica and had to move (0 when none was killed).</summary>
    public required int MovedClients { get; init; }

    /// <summary>Gets the most token requests a client that reuses its token until the refresh margin may make in <see cref="Duration"/>.</summary>
    public required long MaxExpectedTokens { get; init; }

    public required IReadOnlyList<LoadCheck> Checks { get; init; }

    /// <summary>Gets, per replica started here, how many warnings it logged that Redis could not be reached.</summary>
    public IReadOnlyList<int> SharedStateWarnings { get; init; } = [];

    /// <summary>Gets the <c>offres-emploi:*</c> keys Redis held at the end of the run (empty without <see cref="LoadOptions.SharedRedis"/>).</summary>
    public IReadOnlyList<string> SharedKeys { get; init; } = [];

    public bool Passed => Checks.All(c => c.Passed);

    public double CallsPerSecond => Answered / Duration.TotalSeconds;

    public double ApiRequestsPerSecond => Api.ApiRequests / Duration.TotalSeconds;

    /// <summary>
    /// How long a token is used: its lifetime less the SDK's refresh margin, the margin being at most half the lifetime
    /// (the MCP server runs with the SDK defaults).
    /// </summary>
    public static TimeSpan UsableTokenLifetime(TimeSpan lifetime)
    {
        var margin = new OffresEmploiOptions().TokenRefreshMargin;
        return lifetime - (margin < lifetime / 2 ? margin : lifetime / 2);
    }

    /// <summary>Builds the report of a run; <paramref name="killedReplica"/> is the replica killed mid-load, if one was.</summary>
    public static LoadReport Create(LoadOptions options, IReadOnlyList<CallRecord> records, TimeSpan duration, ApiSideCounts api, int? killedReplica = null, TimeSpan? tokenWindow = null)
    {
        var made = records.Where(r => r.Outcome != CallOutcome.Unanswered).ToList();
        var answered = records.Count(r => r.Outcome is CallOutcome.Success or CallOutcome.ToolError or CallOutcome.JsonRpcError);
        var byTool = ToolMix.ToolNames
            .Select(tool => Figures(tool, made.Where(r => r.Tool == tool).ToList()))
            .Where(f => f.Calls > 0)
            .ToList();
        var outcomes = Enum.GetValues<CallOutcome>().ToDictionary(o => o, o => records.Count(r => r.Outcome == o));
        var samples = records.Where(r => r.Outcome != CallOutcome.Success).Select(r => $"{r.Outcome} {r.Tool}: {r.Detail}").Distinct().Take(10).ToList();

        // Each token is replaced at the earliest one usable lifetime after the previous one was requested, so a
        // window of W needs at most 1 + floor(W / usable) tokens; a client that shared nothing would need one per call.
        // The window starts when the servers start, since each fetches its first token then (before the first call).
        var usable = UsableTokenLifetime(options.TokenLifetime);
        var window = tokenWindow ?? duration;
        var maxTokens = 1 + (long)Math.Floor(window / usable);
        var expected = options.Clients * options.Calls;
        var burst = options.EffectiveBurst;
        var rateText = options.Rate.ToString(CultureInfo.InvariantCulture);
        var lost = outcomes[CallOutcome.Lost];
        var errors = records.Count - outcomes[CallOutcome.Success] - lost;
        var replicas = Enumerable.Range(0, options.Replicas)
            .Select(r => new ReplicaFigures(
                r,
                Enumerable.Range(0, options.Clients).Count(c => c % options.Replicas == r),
                made.Count(c => c.Replica == r),
                made.Count(c => c.Replica == r && c.Outcome != CallOutcome.Success),
                r == killedReplica))
            .ToList();
        var moved = killedReplica is { } k ? replicas[k].Clients : 0;
        List<LoadCheck> checks =
        [
            new("every call answered", answered + lost == expected, killedReplica is null ? $"{answered} of {expected}" : $"{answered} of {expected}, {lost} lost with the killed replica"),
            new("0 errors", errors == 0, $"{outcomes[CallOutcome.ToolError]} isError, {outcomes[CallOutcome.JsonRpcError]} JSON-RPC, {outcomes[CallOutcome.TransportError]} transport, {outcomes[CallOutcome.Unanswered]} unanswered"),
            new("one token per token lifetime", api.TokenRequests >= 1 && api.TokenRequests <= maxTokens, $"{api.TokenRequests} token requests, at most {maxTokens} for {window.TotalSeconds:0.0} s at {usable.TotalSeconds:0} s per token"),
            new("API never above the quota", api.MaxApiRequestsPerSecond <= options.Rate + burst, $"at most {api.MaxApiRequestsPerSecond} API requests in any 1 s, limit N + B = {rateText} + {burst}"),
            new("0 × 429", api.TooManyRequests == 0, $"{api.TooManyRequests} answered 429"),
            new("0 × 401 (tokens replaced before expiry)", api.Unauthorized == 0, $"{api.Unauthorized} answered 401"),

            // Each replica's client caches a referentiel for a day (OffresEmploiOptions.ReferentielCacheLifetime): a run
            // fetches each name at most once per replica, and once in all when the replicas share a cache.
            new("each referentiel fetched at most once per replica", api.ReferentielFetchesByName.Values.All(count => count <= options.Replicas), $"referentiel fetches: {api.ReferentielFetchesText}, at most {options.Replicas} per name"),
        ];
        if (killedReplica is not null)
        {
            // A moved client loses at most the call in flight when its replica dies (or the one it sends just after).
            checks.Add(new("at most one call lost per moved client", lost <= moved, $"{lost} lost, {moved} client(s) moved"));
        }

        return new LoadReport
        {
            Options = options,
            Duration = duration,
            TokenWindow = tokenWindow ?? duration,
            Expected = expected,
            Answered = answered,
            All = Figures("all", made),
            ByTool = byTool,
            Outcomes = outcomes,
            ErrorSamples = samples,
            Api = api,
            Replicas = replicas,
            MovedClients = moved,
            MaxExpectedTokens = maxTokens,
            Checks = checks,
        };
    }

    private static ToolFigures Figures(string tool, List<CallRecord> records) =>
        new(tool, records.Count, records.Count(r => r.Outcome != CallOutcome.Success), LatencySummary.Of(records.Where(r => r.Outcome != CallOutcome.TransportError).Select(r => r.Milliseconds)));
}
