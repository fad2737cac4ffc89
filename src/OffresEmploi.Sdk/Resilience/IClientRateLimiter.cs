namespace OffresEmploi.Sdk.Resilience;

/// <summary>
/// The pacing of one client id that the resilience pipeline talks to: the in-process <see cref="ClientRateLimiter"/>,
/// or the bucket shared through Redis (<see cref="Redis.RedisSharedState.CreateRateLimiter"/>) when <see cref="OffresEmploiOptions.RedisConfiguration"/> is set.
/// </summary>
internal interface IClientRateLimiter
{
    /// <summary>Gets the current pace, in permits per second.</summary>
    double PermitsPerSecond { get; }

    /// <summary>Gets the current burst size.</summary>
    int Capacity { get; }

    /// <summary>Takes one permit, waiting on the clock until it is covered.</summary>
    /// <returns>How long the caller waited (zero when a permit was available).</returns>
    ValueTask<TimeSpan> AcquireAsync(CancellationToken cancellationToken = default);

    /// <summary>Holds every caller back for <paramref name="retryAfter"/>, after the server answered 429.</summary>
    void Penalize(TimeSpan retryAfter);

    /// <summary>Follows the server's rate-limit headers in <paramref name="response"/>, when adaptation is on.</summary>
    /// <returns><see langword="true"/> when the pace or burst changed.</returns>
    bool Observe(HttpResponseMessage response);
}
