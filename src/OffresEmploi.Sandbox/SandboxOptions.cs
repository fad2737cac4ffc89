using OffresEmploi.Sandbox.Drift;
using OffresEmploi.Sandbox.Faults;

namespace OffresEmploi.Sandbox;

/// <summary>
/// Settings of a sandbox instance, shared by the in-process <see cref="Http.SandboxHttpMessageHandler"/>
/// and the HTTP server (<c>SandboxServer</c>, in OffresEmploi.Sandbox.Server).
/// </summary>
/// <remarks>
/// The same options give the same offers, the same search results and, for a given sequence of
/// calls, the same injected faults. Access tokens are the one random element.
/// </remarks>
public sealed class SandboxOptions
{
    /// <summary>The default token lifetime, as production announces it (<c>expires_in: 1499</c>).</summary>
    public static readonly TimeSpan DefaultTokenLifetime = TimeSpan.FromSeconds(1499);

    /// <summary>Gets or sets the seed of the generated corpus (and of the faults unless the profile has its own).
    /// <value>Defaults to 42.</value></summary>
    public int Seed { get; set; } = 42;

    /// <summary>Gets or sets the number of generated offers (on day 0; a later <see cref="Day"/> holds about as many).
    /// <value>Defaults to 20,000.</value></summary>
    public int CorpusSize { get; set; } = 20_000;

    /// <summary>Gets or sets the corpus' "today": offers are created over the 90 days before it.</summary>
    /// <value>Defaults to <see langword="null"/>: midnight UTC of the current day on <see cref="TimeProvider"/>,
    /// read when the sandbox starts, so results are stable within a day and dates look current.
    /// Set a fixed value for results that never change.</value>
    public DateTimeOffset? Now { get; set; }

    /// <summary>Gets or sets the day of the market served: the same market that many days after <see cref="Now"/>,
    /// 0 to 365 (the server's <c>--day</c> option).</summary>
    /// <value>Defaults to 0: the offers created over the 90 days before <see cref="Now"/>.</value>
    /// <remarks>Day N keeps day 0's offers that did not vanish on days 1 to N, byte for byte unless they were updated,
    /// and adds the offers created in (Now, Now + N days], all drawn from <see cref="Seed"/>. The sandbox then lives N
    /// days ahead of <see cref="TimeProvider"/> for <c>publieeDepuis</c>. See <see cref="Corpus.CorpusOptions.Day"/> and
    /// <see cref="Corpus.MarketChanges"/>.</remarks>
    public int Day { get; set; }

    /// <summary>Gets the accepted OAuth clients, client id to secret.
    /// <value>Defaults to one client: id <c>sandbox</c>, secret <c>sandbox</c>.</value></summary>
    public IDictionary<string, string> Clients { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [SandboxDefaults.ClientId] = SandboxDefaults.ClientSecret,
    };

    /// <summary>Gets or sets the lifetime of issued tokens. <value>Defaults to 1499 seconds.</value></summary>
    public TimeSpan TokenLifetime { get; set; } = DefaultTokenLifetime;

    /// <summary>Gets or sets the rate limit per client id, in requests per second; 0 turns it off.</summary>
    /// <value>Defaults to 0 (off) in process, so test suites never wait; the server's command line
    /// defaults to 10, as production's headers announce.</value>
    public double RateLimit { get; set; }

    /// <summary>Gets or sets the bucket size of the rate limiter (the requests allowed at once).
    /// <value>Defaults to 0, meaning the rate rounded up.</value></summary>
    public int Burst { get; set; }

    /// <summary>Gets the bucket size actually used: <see cref="Burst"/>, or the rate rounded up when it is 0.</summary>
    internal int EffectiveBurst => Burst > 0 ? Burst : (int)Math.Ceiling(RateLimit);

    /// <summary>Gets or sets a value indicating whether <c>range</c> follows the old limits (start ≤ 1000,
    /// end ≤ 1149) instead of the current ones (start ≤ 3000, end ≤ 3149). <value>Defaults to <see langword="false"/>.</value></summary>
    public bool LegacyRange { get; set; }

    /// <summary>Gets or sets the faults injected into API calls. <value>Defaults to <see cref="FaultProfile.None"/>.</value></summary>
    public FaultProfile Faults { get; set; } = FaultProfile.None;

    /// <summary>Gets or sets the deliberate departures from the API's contract in offer answers, for testing a contract
    /// checker (see <see cref="DriftProfile"/>; the server's <c>--drift</c> option). <value>Defaults to <see cref="DriftProfile.None"/>.</value></summary>
    public DriftProfile Drift { get; set; } = DriftProfile.None;

    /// <summary>Gets or sets the clock: token expiry, rate limiting, latency, <c>publieeDepuis</c>.
    /// <value>Defaults to <see cref="TimeProvider.System"/>.</value></summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Checks the settings together.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it.</exception>
    public void Validate()
    {
        if (CorpusSize < 0)
        {
            throw new ArgumentException("CorpusSize must be zero or more.", nameof(CorpusSize));
        }

        if (Day is < 0 or > Corpus.CorpusOptions.MaxDay)
        {
            throw new ArgumentException($"Day must be between 0 and {Corpus.CorpusOptions.MaxDay} (days after Now).", nameof(Day));
        }

        if (TokenLifetime <= TimeSpan.Zero || TokenLifetime.TotalSeconds > int.MaxValue)
        {
            throw new ArgumentException("TokenLifetime must be positive.", nameof(TokenLifetime));
        }

        if (double.IsNaN(RateLimit) || double.IsInfinity(RateLimit) || RateLimit < 0)
        {
            throw new ArgumentException("RateLimit must be zero (off) or a positive number of requests per second.", nameof(RateLimit));
        }

        if (Burst < 0)
        {
            throw new ArgumentException("Burst must be zero (the rate rounded up) or more.", nameof(Burst));
        }

        if (Clients.Count == 0)
        {
            throw new ArgumentException("At least one client is required.", nameof(Clients));
        }

        ArgumentNullException.ThrowIfNull(Faults);
        ArgumentNullException.ThrowIfNull(Drift);
        ArgumentNullException.ThrowIfNull(TimeProvider);
    }
}
