using OffresEmploi.Sandbox.Auth;
using OffresEmploi.Sandbox.Corpus;
using OffresEmploi.Sandbox.Diagnostics;
using OffresEmploi.Sandbox.Drift;
using OffresEmploi.Sandbox.Faults;
using OffresEmploi.Sandbox.RateLimiting;
using OffresEmploi.Sandbox.Search;

namespace OffresEmploi.Sandbox.Http;

/// <summary>
/// The sandbox itself, independent of transport: the in-process handler and the HTTP server both
/// translate their requests into a <see cref="SandboxRequest"/> and call <see cref="HandleAsync"/>,
/// so both modes behave identically.
/// </summary>
internal sealed class SandboxCore
{
    public const string ApiPrefix = "/partenaire/offresdemploi/";

    private const string ReferentielPath = "v2/referentiel/";

    private readonly TimeProvider _timeProvider;
    private readonly TokenStore _tokens;
    private readonly TokenEndpoint _tokenEndpoint;
    private readonly ClientRateLimiter? _rateLimiter;
    private readonly FaultInjector _faults;
    private readonly DriftInjector _drift;
    private readonly Lazy<ApiEndpoints> _api;
    private readonly RequestCounters _counters;

    public SandboxCore(SandboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _timeProvider = options.TimeProvider;
        Today = options.Now ?? new DateTimeOffset(_timeProvider.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        _tokens = new TokenStore(_timeProvider);
        _counters = new RequestCounters(_timeProvider);
        _tokenEndpoint = new TokenEndpoint(new Dictionary<string, string>(options.Clients, StringComparer.Ordinal), _tokens, options.TokenLifetime);
        if (options.RateLimit > 0)
        {
            _rateLimiter = new ClientRateLimiter(options.RateLimit, options.EffectiveBurst, _timeProvider);
        }

        _faults = new FaultInjector(options.Faults, options.Seed, options.TimeProvider);
        _drift = new DriftInjector(options.Drift);
        var limits = options.LegacyRange ? RangeLimits.Legacy : RangeLimits.Current;
        CorpusOptions = new CorpusOptions { Seed = options.Seed, Size = options.CorpusSize, Now = Today, Day = options.Day };
        _api = new Lazy<ApiEndpoints>(() => ApiEndpoints.Create(SearchEngineCache.Get(CorpusOptions, _timeProvider), limits, _timeProvider));
    }

    /// <summary>Gets the corpus' "today" (day 0's; the market served is <see cref="CorpusOptions.Day"/> days later).</summary>
    public DateTimeOffset Today { get; }

    /// <summary>Gets the options of the corpus served.</summary>
    public CorpusOptions CorpusOptions { get; }

    /// <summary>Gets the corpus served (the one the API's answers come from), building it if needed.</summary>
    public OffreCorpus Corpus => _api.Value.Corpus;

    /// <summary>Gets what the sandbox has seen so far.</summary>
    public SandboxStatistics Statistics => _counters.Snapshot();

    /// <summary>Builds the corpus now rather than on the first API call.</summary>
    public void EnsureCorpus() => _ = _api.Value;

    public async ValueTask<SandboxResponse> HandleAsync(SandboxRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Path == TokenEndpoint.Path)
        {
            var tokenResponse = _tokenEndpoint.Handle(request);
            _counters.TokenRequested(tokenResponse.StatusCode);
            return tokenResponse;
        }

        if (request.Path == StatisticsEndpoint.Path)
        {
            return StatisticsEndpoint.Handle(request, _counters.Snapshot());
        }

        if (!request.Path.StartsWith(ApiPrefix, StringComparison.Ordinal))
        {
            return GatewayResponses.NotFound();
        }

        var requestNumber = _counters.ApiRequestArrived();
        var response = await HandleApiAsync(request, requestNumber, cancellationToken).ConfigureAwait(false);
        _counters.ApiAnswered(response.StatusCode, ReferentielName(request.Path));
        return response;
    }

    /// <summary>The <c>{name}</c> of <c>v2/referentiel/{name}</c>, or <see langword="null"/> for any other API path.</summary>
    private static string? ReferentielName(string path) =>
        path.AsSpan(ApiPrefix.Length).StartsWith(ReferentielPath, StringComparison.Ordinal)
            ? path[(ApiPrefix.Length + ReferentielPath.Length)..]
            : null;

    private async ValueTask<SandboxResponse> HandleApiAsync(SandboxRequest request, long requestNumber, CancellationToken cancellationToken)
    {
        var latency = _faults.LatencyFor(requestNumber);
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, _timeProvider, cancellationToken).ConfigureAwait(false);
        }

        if (!BearerToken.TryRead(request.Authorization, out var token)
            || !_tokens.TryValidate(token, out var issued)
            || !issued.Scopes.Contains(TokenEndpoint.ApiScope, StringComparer.Ordinal))
        {
            return GatewayResponses.Unauthorized();
        }

        if (_faults.RevokesToken(requestNumber))
        {
            _tokens.Revoke(token);
            return GatewayResponses.Unauthorized();
        }

        var decision = _rateLimiter?.TryAcquire(issued.ClientId);
        var response = decision is { Allowed: false } refused
            ? GatewayResponses.TooManyRequests(refused.RetryAfterSeconds)
            : Dispatch(request, requestNumber);
        if (decision is { } d)
        {
            _rateLimiter!.AddHeaders(response, d);
        }

        return response;
    }

    /// <summary>Injected gateway faults first, then the API itself (with its contract drift), then damage to its body.</summary>
    private SandboxResponse Dispatch(SandboxRequest request, long requestNumber)
    {
        if (_faults.IsInOutage(requestNumber))
        {
            return GatewayResponses.ServiceUnavailable();
        }

        if (_faults.IsInTooManyRequestsBurst(requestNumber))
        {
            return GatewayResponses.TooManyRequests((int)Math.Ceiling(_faults.RetryAfter.TotalSeconds));
        }

        switch (_faults.ServerErrorFor(requestNumber))
        {
            case 500: return ApiError.InternalServerError();
            case 502: return GatewayResponses.BadGateway();
            case 503: return GatewayResponses.ServiceUnavailable();
        }

        var response = Route(request);
        if (response.StatusCode is >= 200 and < 300 && !response.Body.IsEmpty)
        {
            response.Body = BodyDamage.Apply(response.Body, _faults.BodyFaultFor(requestNumber));
        }

        return response;
    }

    private SandboxResponse Route(SandboxRequest request)
    {
        var segments = request.Path[ApiPrefix.Length..].Split('/');
        if (segments.Length != 3 || segments[0] != "v2" || segments[2].Length == 0 || segments[1] is not ("offres" or "referentiel"))
        {
            return GatewayResponses.NotFound();
        }

        if (request.Method != "GET")
        {
            return GatewayResponses.MethodNotAllowed("GET");
        }

        var api = _api.Value;
        return (segments[1], segments[2]) switch
        {
            ("offres", "search") => _drift.ApplyToSearch(api.Search.Handle(request)),
            ("offres", var id) => _drift.ApplyToOffre(api.Offre.Handle(id)),
            (_, var name) => ReferentielEndpoint.Handle(name),
        };
    }

    private sealed record ApiEndpoints(SearchEndpoint Search, OffreEndpoint Offre, OffreCorpus Corpus)
    {
        public static ApiEndpoints Create(SearchEngine engine, RangeLimits limits, TimeProvider timeProvider) =>
            new(new SearchEndpoint(engine.Corpus, engine, limits, timeProvider), new OffreEndpoint(engine.Corpus, timeProvider), engine.Corpus);
    }
}
