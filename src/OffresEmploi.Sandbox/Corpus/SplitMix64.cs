namespace OffresEmploi.Sandbox.Corpus;

/// <summary>A small, fast, seedable random generator whose sequence never changes between .NET versions.</summary>
internal struct SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>Creates the generator of one offer (or of one concern of it), independent of the others.</summary>
    public static SplitMix64 For(int seed, int index, int salt) =>
        new(Mix(((ulong)(uint)seed << 32) ^ (uint)index ^ ((ulong)(uint)salt << 48) ^ 0x9E3779B97F4A7C15UL));

    public ulong Next()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Returns an integer in [0, max).</summary>
    public int Next(int max) => (int)(((Next() >> 32) * (ulong)max) >> 32);

    /// <summary>Returns an integer in [min, max].</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Picks an index according to cumulative weights (the last one is the total).</summary>
    public int Pick(ReadOnlySpan<double> cumulative)
    {
        var x = NextDouble() * cumulative[^1];
        var i = cumulative.BinarySearch(x);
        return i < 0 ? Math.Min(~i, cumulative.Length - 1) : Math.Min(i + 1, cumulative.Length - 1);
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
