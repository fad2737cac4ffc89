using System.Text.RegularExpressions;
using CsCheck;

namespace OffresEmploi.Mcp.Tests.Properties;

/// <summary>
/// Runs a property over a fixed, seeded sequence of generated values, then lets CsCheck shrink the first failure.
/// The same runner as the SDK tests' (CsCheck's <c>Sample</c> seeds only its first iteration, so CI would not be
/// reproducible); kept here because test projects do not reference each other.
/// </summary>
internal static class PropertyRun
{
    public static bool IsLong => Environment.GetEnvironmentVariable("OFFRES_RELIABILITY_LONG") == "1";

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

    private static string Signature(Exception e) =>
        e.GetType().FullName + ":" + Regex.Replace(e.Message.Split('\n')[0], "[0-9]+", "#");

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
