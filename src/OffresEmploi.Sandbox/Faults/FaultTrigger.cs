using System.Globalization;

namespace OffresEmploi.Sandbox.Faults;

/// <summary>
/// When a fault fires: on a seeded random draw with a fixed probability, or on a fixed schedule
/// (every Nth request to the API).
/// </summary>
/// <remarks>
/// The decision for request number <c>n</c> depends only on the seed, <c>n</c> and the kind of
/// fault, never on earlier draws, so a run is reproducible even when requests arrive concurrently.
/// </remarks>
public readonly record struct FaultTrigger
{
    private FaultTrigger(double probability, int every)
    {
        Probability = probability;
        Every = every;
    }

    /// <summary>Gets a trigger that never fires.</summary>
    public static FaultTrigger Never => default;

    /// <summary>Gets the probability (0 to 1) that the fault fires on a request; 0 when the trigger is a schedule.</summary>
    public double Probability { get; }

    /// <summary>Gets the schedule period: the fault fires on requests N, 2N, 3N...; 0 when the trigger is a probability.</summary>
    public int Every { get; }

    /// <summary>Gets a value indicating whether the trigger can fire at all.</summary>
    public bool IsActive => Probability > 0 || Every > 0;

    /// <summary>Creates a trigger that fires with the given probability.</summary>
    /// <param name="probability">A probability between 0 and 1 inclusive.</param>
    /// <returns>The trigger.</returns>
    public static FaultTrigger WithProbability(double probability)
    {
        if (double.IsNaN(probability) || probability is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "The probability must be between 0 and 1.");
        }

        return new(probability, 0);
    }

    /// <summary>Creates a trigger that fires on every <paramref name="period"/>-th request (1-based).</summary>
    /// <param name="period">The period, at least 1.</param>
    /// <returns>The trigger.</returns>
    public static FaultTrigger EveryNth(int period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        return new(0, period);
    }

    /// <summary>Parses <c>0.1</c> (a probability) or <c>every:10</c> (a schedule).</summary>
    /// <param name="text">The text.</param>
    /// <param name="trigger">The parsed trigger.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is valid.</returns>
    public static bool TryParse(string? text, out FaultTrigger trigger)
    {
        trigger = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text.Trim();
        if (value.StartsWith("every:", StringComparison.OrdinalIgnoreCase))
        {
            if (int.TryParse(value.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var period) && period >= 1)
            {
                trigger = new(0, period);
                return true;
            }

            return false;
        }

        if (double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var probability) && probability <= 1)
        {
            trigger = new(probability, 0);
            return true;
        }

        return false;
    }

    /// <summary>Returns the text form accepted by <see cref="TryParse"/>.</summary>
    /// <returns><c>every:N</c> or the probability.</returns>
    public override string ToString() =>
        Every > 0 ? string.Create(CultureInfo.InvariantCulture, $"every:{Every}") : Probability.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Tells whether the trigger fires on request <paramref name="requestNumber"/>.</summary>
    internal bool Fires(long requestNumber, int seed, FaultKind kind)
    {
        if (Every > 0)
        {
            return requestNumber % Every == 0;
        }

        return Probability > 0 && DeterministicRandom.NextDouble(seed, requestNumber, kind) < Probability;
    }
}
