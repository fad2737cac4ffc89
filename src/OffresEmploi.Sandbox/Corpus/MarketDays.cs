namespace OffresEmploi.Sandbox.Corpus;

/// <summary>The market's days 1 to N after <see cref="CorpusOptions.Now"/>: when in a day things happen (mostly on
/// weekdays during office hours, with the generator's hourly weights) and how many offers each day creates.</summary>
/// <remarks>Day d is the 24 hours (Now + (d - 1) days, Now + d days]; the market of day d is the one at its end.</remarks>
internal sealed class MarketDays
{
    private const long HourMs = 3_600_000;

    /// <summary>Cumulative hourly weights of each day, 24 per day, day 1 first.</summary>
    private readonly double[] _hours;

    /// <summary>The number of offers created on each day, day 1 at index 1.</summary>
    private readonly int[] _newOffers;

    public MarketDays(CorpusOptions options, int lastDay)
    {
        NowMs = options.Now.ToUnixTimeMilliseconds();
        _hours = new double[lastDay * 24];
        for (var d = 1; d <= lastDay; d++)
        {
            var sum = 0.0;
            for (var h = 0; h < 24; h++)
            {
                sum += OffreGenerator.HourWeight(DayStartMs(d) + (h * HourMs));
                _hours[((d - 1) * 24) + h] = sum;
            }
        }

        // Offers keep being created at the pace of the window's newest hours: the day-0 corpus put Size offers on the
        // window's total weight, its newest hours weighing NewestRecency times their hourly weight.
        var windowHours = (int)(OffreGenerator.CreationWindow.TotalMilliseconds / HourMs);
        var windowWeight = OffreGenerator.HourlyShares(NowMs - (windowHours * HourMs), windowHours)[^1];
        var offersPerWeight = windowWeight > 0 ? options.Size * OffreGenerator.NewestRecency / windowWeight : 0;

        // Each day's count is its expected count rounded so that days 1 to d always add up to their expected total,
        // from a phase drawn from the seed.
        var phase = SplitMix64.For(options.Seed, 0, 6).NextDouble();
        _newOffers = new int[lastDay + 1];
        var expected = 0.0;
        for (var d = 1; d <= lastDay; d++)
        {
            var before = Math.Floor(expected + phase);
            expected += DayWeight(d) * offersPerWeight;
            _newOffers[d] = (int)(Math.Floor(expected + phase) - before);
        }
    }

    public long NowMs { get; }

    public long DayStartMs(int day) => NowMs + ((day - 1) * OffreLifecycle.DayMs);

    public long DayEndMs(int day) => NowMs + (day * OffreLifecycle.DayMs);

    /// <summary>The number of offers created on <paramref name="day"/>.</summary>
    public int NewOffers(int day) => _newOffers[day];

    /// <summary>The instant of <paramref name="day"/> at quantile <paramref name="x"/> (0 to 1) of its hourly weights,
    /// strictly after the day's start and at most its end; non-decreasing with <paramref name="x"/>.</summary>
    public long At(int day, double x)
    {
        var target = x * DayWeight(day);
        var hours = _hours.AsSpan((day - 1) * 24, 24);
        var hour = hours.BinarySearch(target);
        hour = Math.Min(hour < 0 ? ~hour : hour, 23);
        var before = hour == 0 ? 0 : hours[hour - 1];
        var within = (target - before) / (hours[hour] - before);
        var t = DayStartMs(day) + (hour * HourMs) + (long)(within * HourMs);
        return Math.Clamp(t, DayStartMs(day) + 1, DayEndMs(day));
    }

    private double DayWeight(int day) => _hours[(day * 24) - 1];
}
