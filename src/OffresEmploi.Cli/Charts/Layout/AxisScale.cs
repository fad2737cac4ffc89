namespace OffresEmploi.Cli.Charts.Layout;

/// <summary>A count axis from 0 to a round maximum, with round steps (1, 2 or 5 times a power of ten).</summary>
/// <param name="Max">The axis' end, at least the largest count.</param>
/// <param name="Step">The distance between ticks.</param>
internal sealed record AxisScale(int Max, int Step)
{
    private static readonly int[] RoundSteps = [1, 2, 5, 10];

    /// <summary>Picks the scale for counts up to <paramref name="largest"/>, with about <paramref name="ticks"/> steps.</summary>
    /// <param name="largest">The largest count.</param>
    /// <param name="ticks">How many steps to aim for.</param>
    /// <returns>The scale.</returns>
    public static AxisScale For(int largest, int ticks = 5)
    {
        if (largest <= 0)
        {
            return new AxisScale(1, 1);
        }

        var raw = largest / (double)ticks;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = Math.Max(1, (int)Math.Round(RoundSteps.Select(m => m * magnitude).First(s => s >= raw)));
        return new AxisScale((largest + step - 1) / step * step, step);
    }

    /// <summary>Gets the tick values, from 0 to <see cref="Max"/>.</summary>
    public IEnumerable<int> Ticks => Enumerable.Range(0, (Max / Step) + 1).Select(i => i * Step);
}
