using System.Text.Json;
using CsCheck;
using Microsoft.Extensions.Logging;

namespace OffresEmploi.Sdk.Tests.Fuzzing;

/// <summary>
/// Runs generated cases against a real <see cref="OffresEmploiClient"/> over a <see cref="FuzzTransport"/> and
/// checks the property: each call returns a sane value or throws one of the SDK's exceptions, within a bound.
/// </summary>
/// <remarks>
/// The iteration loop draws from a PCG seeded with <see cref="FuzzSettings.Seed"/> (and a per-fuzzer stream), one
/// thread, so a run is reproducible: a failure names the iteration, the seed and the generated response.
/// </remarks>
internal static class FuzzHarness
{
    /// <summary>The SDK's own bound on one call: every wait and attempt of a call fits in it.</summary>
    public static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(2);

    /// <summary>The test's bound: a call still running this long after it started is a hang.</summary>
    public static readonly TimeSpan HangBound = TotalTimeout + TimeSpan.FromSeconds(8);

    /// <summary>Options with small delays and timeouts, pacing on (so x-ratelimit-* headers are read) and no cache.</summary>
    public static OffresEmploiOptions Options(string clientSecret = "fuzz-secret-Hn4Tq8Wz2Ks6") => new()
    {
        // A client id of its own: pacing is shared per client id in the process, and fuzzed headers change it.
        ClientId = "fuzz-" + Guid.NewGuid().ToString("N"),
        ClientSecret = clientSecret,
        BaseAddress = new Uri("https://fuzz.offres-emploi.local/partenaire/offresdemploi/"),
        TokenEndpoint = new Uri("https://fuzz.offres-emploi.local/connexion/oauth2/access_token"),
        RequestsPerSecond = 1000,
        MaxRetryAttempts = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        MaxRetryDelay = TimeSpan.FromMilliseconds(20),
        AttemptTimeout = TimeSpan.FromSeconds(1),
        TotalTimeout = TotalTimeout,
        ReferentielCacheLifetime = TimeSpan.Zero,
    };

    public static OffresEmploiClient CreateClient(FuzzTransport transport, ILoggerFactory? loggerFactory = null, Action<OffresEmploiOptions>? configure = null)
    {
        var options = Options();
        configure?.Invoke(options);
        return new OffresEmploiClient(options, transport, TimeProvider.System, loggerFactory);
    }

    /// <summary>Runs <paramref name="iterations"/> cases drawn from <paramref name="gen"/>; <paramref name="run"/> performs the call(s) of one case.</summary>
    public static async Task<FuzzTally> RunAsync<T>(Gen<T> gen, int iterations, uint stream, Func<T, CancellationToken, Task<object?>> run, Action<Exception, T>? onTyped = null)
        where T : notnull
    {
        var tally = new FuzzTally();
        var pcg = new PCG(stream, FuzzSettings.Seed);
        var cancellationToken = TestContext.Current.CancellationToken;
        for (var i = 0; i < iterations; i++)
        {
            var input = gen.Generate(pcg, null, out _);
            var outcome = await OutcomeAsync(input, i);
            switch (outcome)
            {
                case Exception typed when IsTyped(typed):
                    onTyped?.Invoke(typed, input);
                    tally.Failed(typed);
                    break;
                case Exception leaked:
                    Assert.Fail($"Iteration {i} (OFFRES_FUZZ_SEED={FuzzSettings.Seed}, stream {stream}) leaked {leaked.GetType().FullName} for {input}:\n{leaked}");
                    break;
                default:
                    tally.Succeeded();
                    break;
            }
        }

        return tally;

        async Task<object?> OutcomeAsync(T input, int iteration)
        {
            using var call = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var task = Task.Run(() => run(input, call.Token), call.Token);
            try
            {
                return await task.WaitAsync(HangBound, cancellationToken);
            }
            catch (TimeoutException) when (!task.IsCompleted)
            {
                await call.CancelAsync();
                Assert.Fail($"Iteration {iteration} (OFFRES_FUZZ_SEED={FuzzSettings.Seed}, stream {stream}) was still running after {HangBound} (the SDK's TotalTimeout is {TotalTimeout}) for {input}.");
                throw;
            }
            catch (Exception ex)
            {
                return ex;
            }
        }
    }

    /// <summary>The exceptions a response may cause: the SDK's own. Never a parser, format, overflow or null-reference exception.</summary>
    public static bool IsTyped(Exception exception) => exception is OffresEmploiException { Message.Length: > 0 };

    /// <summary>Serializes a returned value, so that every getter of a "successful" result is exercised too.</summary>
    public static object? Touch<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
    {
        _ = JsonSerializer.Serialize(value, typeInfo);
        return value;
    }
}
