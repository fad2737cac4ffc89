using OffresEmploi.Testing;

namespace OffresEmploi.Sdk.Benchmarks;

/// <summary>Prints the one result line of a target and turns it into an exit code.</summary>
internal static class Verdict
{
    public static bool Print(string target, bool met, string detail)
    {
        Console.WriteLine($"RESULT {target}: {(met ? "PASS" : "FAIL")} {detail}");
        return met;
    }
}
