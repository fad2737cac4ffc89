namespace OffresEmploi.Sandbox.Corpus;

/// <summary>Parameters of a generated sandbox corpus; the same options always build the same offers.</summary>
public sealed record CorpusOptions
{
    /// <summary>Gets the random seed. <value>Defaults to 42.</value></summary>
    public int Seed { get; init; } = 42;

    /// <summary>Gets the number of offers. <value>Defaults to 20,000.</value></summary>
    public int Size { get; init; } = 20_000;

    /// <summary>Gets the corpus' "today": creation dates are spread over the 90 days before it.
    /// <value>Defaults to 2026-01-15T12:00:00Z so that a default corpus is reproducible.</value></summary>
    public DateTimeOffset Now { get; init; } = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
}
