namespace OffresEmploi.Testing.Load;

/// <summary>Percentiles of call latencies, in milliseconds (nearest-rank: p99 is the value 99 % of calls did not exceed).</summary>
internal sealed record LatencySummary(int Count, double P50, double P90, double P99, double Max, double Mean)
{
    public static LatencySummary Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new LatencySummary(0, 0, 0, 0, 0, 0);
        }

        return new LatencySummary(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.90), Rank(sorted, 0.99), sorted[^1], sorted.Average());
    }

    private static double Rank(double[] sorted, double quantile) =>
        sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
