using System.Text.RegularExpressions;
using CsCheck;

namespace OffresEmploi.Testing.Properties;

/// <summary>
/// Runs a property over a fixed, seeded sequence of generated values (the same values on every machine, so CI is
/// reproducible), then lets CsCheck shrink the first failure to a small counterexample.
/// </summary>
/// <remarks>
/// CsCheck's own <c>Sample</c> seeds only its first iteration; the rest come from per-thread random streams. Driving
/// <see cref="Gen{T}.Generate"/> from one <see cref="PCG"/> keeps every iteration fixed, and the failing iteration's
/// seed is handed back to CsCheck, which starts from it and shrinks.
/// </remarks>
internal static class PropertyRun
{
    /// <summary>Gets a value indicating whether the long variant runs (<c>OFFRES_RELIABILITY_LONG=1</c>).</summary>
    public static bool IsLong => Environment.GetEnvironmentVariable("OFFRES_RELIABILITY_LONG") == "1";

    /// <summary>Returns <paramref name="normal"/>, or <paramref name="longRun"/> when the long variant is on.</summary>
    public static int Iterations(int normal, int longRun) => IsLong ? longRun : normal;

    public static async Task CheckAsync<T>(Gen<T> gen, Func<T, Task> property, Func<T, string> print, int iterations, ulong seed, CancellationToken cancellationToken)
    {
        var pcg = new PCG(1, seed);
        for (var i = 0; i < iterations; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var state = pcg.State;
            var value = gen.Generate(pcg, null, out _);
            try
            {
                await property(value).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var failingSeed = pcg.ToString(state);
                var shrunk = await ShrinkAsync(gen, SameFailure(property, Signature(e)), print, failingSeed).ConfigureAwait(false);
                Assert.Fail(
                    $"Property failed at iteration {i + 1} of {iterations} (CsCheck seed \"{failingSeed}\").\n" +
                    $"Generated: {print(value)}\nFailure: {e.GetType().Name}: {e.Message}\n" +
                    (shrunk is null ? "" : $"Shrunk by CsCheck: {shrunk}"));
            }
        }
    }

    /// <summary>While shrinking, only the original failure counts: a smaller value failing another way would hide it.</summary>
    private static Func<T, Task> SameFailure<T>(Func<T, Task> property, string signature) => async value =>
    {
        try
        {
            await property(value).ConfigureAwait(false);
        }
        catch (Exception e) when (Signature(e) != signature)
        {
        }
    };

    /// <summary>The exception type and the first line of its message, without digits (error codes, counts, statuses vary).</summary>
    private static string Signature(Exception e) =>
        e.GetType().FullName + ":" + Regex.Replace(e.Message.Split('\n')[0], "[0-9]+", "#");

    /// <summary>Starts CsCheck from the failing seed for a few seconds, on one thread (the property has shared state).</summary>
    private static async Task<string?> ShrinkAsync<T>(Gen<T> gen, Func<T, Task> property, Func<T, string> print, string seed)
    {
        try
        {
            await gen.SampleAsync(property, seed: seed, time: IsLong ? 60 : 10, threads: 1, print: print).ConfigureAwait(false);
            return null;
        }
        catch (CsCheckException e)
        {
            return e.InnerException is { } inner ? $"{e.Message}\nFailure: {inner.GetType().Name}: {inner.Message}" : e.Message;
        }
    }
}
