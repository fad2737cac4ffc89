using CsCheck;
using OffresEmploi.Sdk.Serialization;

namespace OffresEmploi.Sdk.Tests.Fuzzing;

/// <summary>Offer details (<c>GET /v2/offres/{id}</c>) and the 16 referentiels with damaged bodies.</summary>
public sealed class OffreAndReferentielFuzzTests
{
    [Fact]
    public async Task GetOffre_MutatedBodies_ReturnAnOfferNullOrTypedErrors()
    {
        var seed = await SandboxBodies.GetAsync("offre");
        var transport = new FuzzTransport();
        using var client = FuzzHarness.CreateClient(transport);
        var gen = Gen.Select(
            BodyMutations.Of(seed),
            Gen.Frequency((8, Gen.Const(200)), (1, Gen.Const(204)), (1, Gen.Const(206))),
            HeaderValues.ContentType,
            (body, status, type) => new FuzzedResponse(status, body.What, body.Body, type));

        var tally = await FuzzHarness.RunAsync(gen, FuzzSettings.Iterations(300), stream: 10, async (response, ct) =>
        {
            transport.Api = _ => response.ToMessage();
            var offre = await client.GetOffreAsync("201LPQS", ct);
            return offre is null ? null : FuzzHarness.Touch(offre, OffresEmploiJsonContext.Default.Offre);
        });

        Assert.True(tally.Successes > 0 && tally.TypedFailures > 0, tally.ToString());
    }

    [Fact]
    public async Task GetReferentiel_EveryName_MutatedBodies_ReturnSaneListsOrTypedErrors()
    {
        var names = OffresEmploiClient.ReferentielNames;
        var seeds = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            seeds[name] = await SandboxBodies.GetAsync("referentiel-" + name);
        }

        var transport = new FuzzTransport();
        using var client = FuzzHarness.CreateClient(transport);
        var gen = Gen.Int[0, names.Count - 1].SelectMany(i => Gen.Select(
            BodyMutations.Of(seeds[names[i]]),
            Gen.Frequency((9, Gen.Const(200)), (1, Gen.Const(204))),
            HeaderValues.ContentType,
            (body, status, type) => (Name: names[i], Response: new FuzzedResponse(status, body.What, body.Body, type))));

        var tally = await FuzzHarness.RunAsync(gen, FuzzSettings.Iterations(400), stream: 11, async (input, ct) =>
        {
            transport.Api = _ => input.Response.ToMessage();
            var list = await client.GetReferentielAsync(input.Name, ct);
            Assert.NotNull(list);
            Assert.All(list, Assert.NotNull);
            return FuzzHarness.Touch(list, OffresEmploiJsonContext.Default.IReadOnlyListReferentiel);
        });

        Assert.True(tally.Successes > 0 && tally.TypedFailures > 0, tally.ToString());
    }
}
