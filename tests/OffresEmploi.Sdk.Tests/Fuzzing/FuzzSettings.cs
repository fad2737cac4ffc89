using System.Globalization;

namespace OffresEmploi.Sdk.Tests.Fuzzing;

/// <summary>
/// Seed and iteration counts of the response fuzzers: fixed and small by default so CI is deterministic and quick,
/// larger with <c>OFFRES_RELIABILITY_LONG=1</c>; <c>OFFRES_FUZZ_SEED</c> replays another seed.
/// </summary>
internal static class FuzzSettings
{
    /// <summary>The seed used unless <c>OFFRES_FUZZ_SEED</c> says otherwise.</summary>
    public const ulong DefaultSeed = 20_260_307;

    /// <summary>How many times more iterations the long variant runs.</summary>
    public const int LongFactor = 25;

    public static bool IsLong => Environment.GetEnvironmentVariable("OFFRES_RELIABILITY_LONG") == "1";

    public static ulong Seed { get; } =
        ulong.TryParse(Environment.GetEnvironmentVariable("OFFRES_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var seed) ? seed : DefaultSeed;

    /// <summary>The iteration count of a fuzzer whose short variant runs <paramref name="shortCount"/> cases.</summary>
    public static int Iterations(int shortCount) => IsLong ? shortCount * LongFactor : shortCount;
}
