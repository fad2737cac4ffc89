namespace OffresEmploi.Testing.Load;

/// <summary>What one load run does: how many clients, how many calls each, which mix, against which servers.</summary>
internal sealed record LoadOptions
{
    /// <summary>Gets the concurrent MCP clients. Defaults to 50.</summary>
    public int Clients { get; init; } = 50;

    /// <summary>Gets the tools/call requests each client makes, one after the other. Defaults to 200.</summary>
    public int Calls { get; init; } = 200;

    /// <summary>Gets the share of each tool in the calls. Defaults to <see cref="ToolMix.Default"/>.</summary>
    public ToolMix Mix { get; init; } = ToolMix.Default;

    /// <summary>
    /// Gets the quota N in API requests per second: the sandbox's rate limit and the MCP server's
    /// <c>OFFRES_EMPLOI_REQUESTS_PER_SECOND</c>. Defaults to 200.
    /// </summary>
    public double Rate { get; init; } = 200;

    /// <summary>Gets the sandbox's bucket size; 0 means the rate rounded up, the SDK's own burst for that rate. Defaults to 0.</summary>
    public int Burst { get; init; }

    /// <summary>Gets the lifetime of the sandbox's tokens. Defaults to production's 1499 s.</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromSeconds(1499);

    /// <summary>Gets the size of the sandbox's simulated corpus. Defaults to 20,000 offers.</summary>
    public int CorpusSize { get; init; } = 20_000;

    /// <summary>Gets the seed of the corpus and of every client's choice of calls. Defaults to 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Gets the bound of the whole run; past it the run stops and unanswered calls count as errors. Defaults to 5 minutes.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Gets how many MCP server processes to start, all with the same client id against the same sandbox, each
    /// configured with the whole quota (<see cref="Rate"/>) as a replica behind a load balancer would be. Clients are
    /// spread round-robin by index and keep their replica. Defaults to 1.
    /// </summary>
    public int Replicas { get; init; } = 1;

    /// <summary>
    /// Gets extra environment variables passed to every replica (for example a shared store's configuration),
    /// on top of the ones the harness sets. Defaults to none.
    /// </summary>
    public IReadOnlyDictionary<string, string> ReplicaEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Gets after how many completed calls (of the whole run) one replica is killed; its clients then move to the
    /// surviving replicas, as a load balancer would. 0 kills none. Defaults to 0.
    /// </summary>
    public int KillReplicaAfter { get; init; }

    /// <summary>
    /// Gets whether the replicas share state through a private redis-server the run starts (<c>OFFRES_EMPLOI_REDIS</c>,
    /// with <c>OFFRES_EMPLOI_REDIS_FALLBACK_REPLICAS</c> set to <see cref="Replicas"/>). Defaults to false.
    /// </summary>
    public bool SharedRedis { get; init; }

    /// <summary>Gets after how many completed calls the run's redis-server is stopped (0: never). Needs <see cref="SharedRedis"/>.</summary>
    public int RedisDownAfter { get; init; }

    /// <summary>Gets how many more completed calls the redis-server stays down before it is started again, empty, on its port.</summary>
    public int RedisDownFor { get; init; }

    /// <summary>Gets an MCP server already running (its <c>/mcp</c> URL), instead of starting one.</summary>
    public Uri? McpEndpoint { get; init; }

    /// <summary>Gets a sandbox already running (its root URL, for <c>/_sandbox/stats</c>), instead of starting one.</summary>
    public Uri? SandboxAddress { get; init; }

    /// <summary>Gets the bucket size actually in force for <see cref="Rate"/>.</summary>
    public int EffectiveBurst => Burst > 0 ? Burst : (int)Math.Ceiling(Rate);

    /// <summary>Checks the options together.</summary>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    public void Validate()
    {
        if (Clients is < 1 or > 1000)
        {
            throw new ArgumentException("--clients must be from 1 to 1000.", nameof(Clients));
        }

        if (Calls is < 1 or > 100_000)
        {
            throw new ArgumentException("--calls must be from 1 to 100000.", nameof(Calls));
        }

        if (Rate is <= 0 or > 1000 || !double.IsFinite(Rate))
        {
            throw new ArgumentException("--rate must be a number of requests per second above 0 and at most 1000.", nameof(Rate));
        }

        if (Burst < 0)
        {
            throw new ArgumentException("--burst must be 0 (the rate rounded up) or more.", nameof(Burst));
        }

        if (TokenLifetime <= TimeSpan.Zero || Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("--token-lifetime and --timeout must be positive.", nameof(TokenLifetime));
        }

        if (Replicas is < 1 or > 8)
        {
            throw new ArgumentException("--replicas must be from 1 to 8.", nameof(Replicas));
        }

        if (KillReplicaAfter < 0 || (KillReplicaAfter > 0 && (Replicas < 2 || KillReplicaAfter >= Clients * Calls)))
        {
            throw new ArgumentException("--kill-replica-after must be 0 (none) or a number of completed calls below clients x calls, with --replicas 2 or more.", nameof(KillReplicaAfter));
        }

        if (RedisDownAfter < 0 || RedisDownFor < 0 || (RedisDownAfter > 0 && (!SharedRedis || RedisDownFor < 1 || RedisDownAfter + RedisDownFor >= Clients * Calls)))
        {
            throw new ArgumentException("--redis-down-after N --redis-down-for M need --redis, M of 1 or more, and N + M below clients x calls.", nameof(RedisDownAfter));
        }

        if (McpEndpoint is not null && (Replicas > 1 || KillReplicaAfter > 0 || SharedRedis))
        {
            throw new ArgumentException("--replicas (and --kill-replica-after, --redis) cannot be used with --mcp: the run starts its replicas itself.", nameof(Replicas));
        }

        if (McpEndpoint is not null && SandboxAddress is null)
        {
            throw new ArgumentException("--mcp needs --sandbox: the API side is what the run checks.", nameof(SandboxAddress));
        }
    }
}
