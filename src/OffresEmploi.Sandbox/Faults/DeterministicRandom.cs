namespace OffresEmploi.Sandbox.Faults;

/// <summary>
/// A stateless random function: the same (seed, request number, kind) always gives the same
/// number. It hashes the three values with SplitMix64, which is plenty for fault injection.
/// </summary>
internal static class DeterministicRandom
{
    /// <summary>Returns a number in [0, 1).</summary>
    public static double NextDouble(int seed, long requestNumber, FaultKind kind)
    {
        var x = Mix((ulong)(uint)seed);
        x = Mix(x ^ (ulong)requestNumber);
        x = Mix(x ^ (ulong)kind);
        return (x >> 11) * (1.0 / (1UL << 53));
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
