using OffresEmploi.Sdk.Authentication;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Testing.Security;

namespace OffresEmploi.Sdk.Tests.Security;

/// <summary>
/// The calls every sweep scenario makes: search, next page, offer (found and unknown), referentiels (plain and typed),
/// a complete retrieval past the range cap, and requests refused locally; each result and error goes into the sweep.
/// </summary>
internal static class SweepWorkload
{
    /// <summary>Runs the calls; returns how many of them threw (OffresEmploiException or ArgumentException).</summary>
    public static async Task<int> RunAsync(OffresEmploiClient client, SecretSweep sweep, CancellationToken cancellationToken)
    {
        var failures = 0;
        string? id = null;
        async Task Call(Func<Task> action)
        {
            if (await sweep.CaptureAsync(action) is { } error)
            {
                Assert.True(error is OffresEmploiException or ArgumentException, $"untyped {error.GetType()}: {error.Message}");
                failures++;
            }
        }

        await Call(async () =>
        {
            var page = await client.SearchAsync(new OffresSearchRequest { MotsCles = ["boulanger"] }, cancellationToken);
            id = page.Offres.Count > 0 ? page.Offres[0].Id : null;
            sweep.Add(SweepChannel.ToStringText, page.ToString());
        });
        await Call(() => client.SearchAsync(new OffresSearchRequest { Range = "150-299" }, cancellationToken));
        await Call(async () => sweep.Add(SweepChannel.ToStringText, (await client.GetOffreAsync(id ?? "201LPQS", cancellationToken))?.ToString()));
        await Call(() => client.GetOffreAsync("ZZZ9999", cancellationToken));
        await Call(() => client.GetReferentielAsync("typesContrats", cancellationToken));
        await Call(() => client.GetCommunesAsync(cancellationToken));
        await Call(async () =>
        {
            // Under the fault presets a page can fail past the client's retries: the harvest then pauses (its report and log
            // line carry the failure), and a one-second stall budget keeps that pause, and the give-up, within the test.
            var all = client.SearchAllAsync(new OffresSearchRequest(), new HarvestOptions
            {
                StallTimeout = TimeSpan.FromSeconds(1),
                Progress = new SweptProgress(sweep),
            }, cancellationToken);
            var count = 0;
            await foreach (var offre in all)
            {
                count++;
            }

            sweep.Add(SweepChannel.ToStringText, $"{count} {all.Reconciliation} {all.Checkpoint?.ToJson()}");
        });

        // Refused locally: the messages quote the caller's input, never a credential.
        await Call(() => client.SearchAsync(new OffresSearchRequest { Range = "0-400" }, cancellationToken));
        await Call(() => client.SearchAsync(new OffresSearchRequest { SalaireMin = 1 }, cancellationToken));
        await Call(() => client.GetOffreAsync("../token", cancellationToken));
        await Call(() => client.GetReferentielAsync("secrets", cancellationToken));

        foreach (var token in sweep.Secrets.Where(s => s.Value == "access token").Select(s => s.Key))
        {
            sweep.Add(SweepChannel.ToStringText, new AccessToken(token, DateTimeOffset.UnixEpoch).ToString());
        }

        return failures;
    }

    /// <summary>Puts every progress report (pauses carry the failure) into the sweep, as a caller printing them would.</summary>
    private sealed class SweptProgress(SecretSweep sweep) : IProgress<HarvestProgress>
    {
        public void Report(HarvestProgress value) => sweep.Add(SweepChannel.ToStringText, value.ToString());
    }
}
