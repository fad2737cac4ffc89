using System.Text;
using CsCheck;

namespace OffresEmploi.Sdk.Tests.Fuzzing;

/// <summary>Every status code from 100 to 599, each with a random body, on search, offer and referentiel calls.</summary>
public sealed class StatusFuzzTests
{
    private static Gen<(string What, byte[] Body)> Bodies(byte[] search, byte[] error) => Gen.OneOf(
        BodyMutations.Of(search),
        BodyMutations.Of(error),
        Gen.Const(("api error", error)),
        Gen.Const(("search page", search)),
        Gen.Const(("empty", Array.Empty<byte>())),
        Gen.String[0, 64].Select(s => ("text", Encoding.UTF8.GetBytes(s))));

    [Fact]
    public async Task EveryStatus_WithRandomBodies_SucceedsOnlyOn2xxAndOtherwiseThrowsTyped()
    {
        var search = await SandboxBodies.GetAsync("search");
        var error = await SandboxBodies.GetAsync("error-400");
        var transport = new FuzzTransport();
        using var client = FuzzHarness.CreateClient(transport);
        var rounds = FuzzSettings.IsLong ? 10 : 1;
        var statuses = Enumerable.Range(100, 500).SelectMany(s => Enumerable.Repeat(s, rounds)).ToArray();
        var statusAt = 0;

        // The status sweeps 100..599 in order; the body and the call are drawn.
        var gen = Gen.Select(Bodies(search, error), Gen.Int[0, 2], HeaderValues.ContentType, (body, call, type) =>
            (Call: call, Response: new FuzzedResponse(statuses[statusAt++], body.What, body.Body, type, RetryAfter: "0")));

        var tally = await FuzzHarness.RunAsync(gen, statuses.Length, stream: 20, async (input, ct) =>
        {
            transport.Api = _ => input.Response.ToMessage();
            object? result = input.Call switch
            {
                0 => await client.SearchAsync(new Models.OffresSearchRequest(), ct),
                1 => await client.GetOffreAsync("201LPQS", ct),
                _ => await client.GetReferentielAsync("typesContrats", ct),
            };
            Assert.InRange(input.Response.Status, 200, 299);
            return result;
        }, onTyped: (exception, input) =>
        {
            // Failures report the status that was received (0 only when the body could not be read after a 2xx... never for an error status).
            var api = (OffresEmploiException)exception;
            if (input.Response.Status is < 200 or > 299)
            {
                Assert.Equal(input.Response.Status, api.Status);
            }
        });

        Assert.Equal(statuses.Length, tally.Total);
        Assert.True(tally.Successes > 0, tally.ToString());
    }
}
