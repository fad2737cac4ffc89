namespace OffresEmploi.Sandbox.Corpus;

/// <summary>Builds cumulative weight arrays for <see cref="SplitMix64.Pick(ReadOnlySpan{double})"/>.</summary>
internal static class Cumulative
{
    public static double[] Of(params ReadOnlySpan<double> weights)
    {
        var result = new double[weights.Length];
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i];
            result[i] = sum;
        }

        return result;
    }
}
