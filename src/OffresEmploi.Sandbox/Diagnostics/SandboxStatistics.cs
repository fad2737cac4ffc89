using System.Collections.ObjectModel;

namespace OffresEmploi.Sandbox.Diagnostics;

/// <summary>
/// What a sandbox has seen since it started: token requests, API requests, their peak rate and the answers
/// that signal a misbehaving client (429, 401). A snapshot: later requests do not change it.
/// </summary>
/// <remarks>
/// Read it from <c>SandboxServer.Statistics</c> (OffresEmploi.Sandbox.Server), <see cref="Http.SandboxHttpMessageHandler.Statistics"/>
/// or, over HTTP, <c>GET /_sandbox/stats</c>. Load tests use it to check a client from the API's side: one token
/// per token lifetime, no more requests per second than the quota, no 429.
/// </remarks>
public sealed record SandboxStatistics
{
    /// <summary>Gets the requests to the token endpoint, whatever their outcome.</summary>
    public long TokenRequests { get; init; }

    /// <summary>Gets the tokens issued (token requests answered 200).</summary>
    public long TokensIssued { get; init; }

    /// <summary>Gets the requests under <c>/partenaire/offresdemploi/</c>, whatever their outcome.</summary>
    public long ApiRequests { get; init; }

    /// <summary>Gets the largest number of API requests that arrived within one second (any window <c>(t - 1 s, t]</c>, sliding).</summary>
    /// <remarks>
    /// A token bucket of rate <c>N</c> and burst <c>B</c> admits at most <c>N + B</c> requests in such a window:
    /// a client that paces itself at <c>N</c> per second can reach <c>N + B</c> only by starting with a full bucket.
    /// </remarks>
    public long MaxApiRequestsPerSecond { get; init; }

    /// <summary>Gets the API requests answered 429 (the rate limiter's refusals and injected 429 bursts).</summary>
    public long TooManyRequests { get; init; }

    /// <summary>Gets the referentiel fetches: API requests under <c>v2/referentiel/</c> answered 200.</summary>
    /// <remarks>Clients that cache referentiels (the SDK does) make one per referentiel and freshness period; several
    /// processes that share nothing make one each.</remarks>
    public long ReferentielFetches { get; init; }

    /// <summary>Gets <see cref="ReferentielFetches"/> by referentiel name (<c>{name}</c> of <c>v2/referentiel/{name}</c>),
    /// in ordinal order of the names; a referentiel never fetched is absent.</summary>
    /// <remarks>A count above 1 within one freshness period shows a client that fetched the same referentiel again
    /// instead of reusing its copy.</remarks>
    public IReadOnlyDictionary<string, long> ReferentielFetchesByName { get; init; } = ReadOnlyDictionary<string, long>.Empty;

    /// <summary>Gets the API requests answered 401 (no token, an unknown, expired or revoked one).</summary>
    public long Unauthorized { get; init; }

    /// <summary>Compares the counts, <see cref="ReferentielFetchesByName"/> by its entries (a record would compare the
    /// dictionary's reference), so two snapshots of the same counts are equal.</summary>
    /// <param name="other">The statistics to compare with.</param>
    /// <returns><see langword="true"/> when every count is the same.</returns>
    public bool Equals(SandboxStatistics? other) =>
        other is not null
        && TokenRequests == other.TokenRequests
        && TokensIssued == other.TokensIssued
        && ApiRequests == other.ApiRequests
        && MaxApiRequestsPerSecond == other.MaxApiRequestsPerSecond
        && TooManyRequests == other.TooManyRequests
        && ReferentielFetches == other.ReferentielFetches
        && Unauthorized == other.Unauthorized
        && ReferentielFetchesByName.Count == other.ReferentielFetchesByName.Count
        && ReferentielFetchesByName.All(p => other.ReferentielFetchesByName.TryGetValue(p.Key, out var count) && count == p.Value);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(TokenRequests, TokensIssued, ApiRequests, MaxApiRequestsPerSecond, TooManyRequests, ReferentielFetches, Unauthorized, ReferentielFetchesByName.Count);
}
