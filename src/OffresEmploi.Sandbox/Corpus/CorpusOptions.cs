namespace OffresEmploi.Sandbox.Corpus;

/// <summary>Parameters of a generated sandbox corpus; the same options always build the same offers.</summary>
public sealed record CorpusOptions
{
    /// <summary>The largest <see cref="Day"/>: a year after <see cref="Now"/>.</summary>
    public const int MaxDay = 365;

    /// <summary>Gets the random seed. <value>Defaults to 42.</value></summary>
    public int Seed { get; init; } = 42;

    /// <summary>Gets the number of offers on day 0. <value>Defaults to 20,000.</value></summary>
    public int Size { get; init; } = 20_000;

    /// <summary>Gets the corpus' "today": creation dates are spread over the 90 days before it.
    /// <value>Defaults to 2026-01-15T12:00:00Z so that a default corpus is reproducible.</value></summary>
    public DateTimeOffset Now { get; init; } = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Gets the day of the market, 0 to <see cref="MaxDay"/>: the corpus is the market as it stands
    /// <see cref="Now"/> plus that many days (24-hour periods).</summary>
    /// <value>Defaults to 0: the offers created over the 90 days before <see cref="Now"/>.</value>
    /// <remarks>Day N keeps day 0's offers that did not vanish (filled or withdrawn) on days 1 to N, unchanged
    /// (same id, dates and JSON) unless they were updated, and adds the offers created in
    /// (<see cref="Now"/>, <see cref="Now"/> + N days]. Everything is drawn from <see cref="Seed"/>, so day N of a seed
    /// always holds the same offers. <see cref="MarketChanges.Between"/> tells what changed between two days.</remarks>
    public int Day { get; init; }
}
