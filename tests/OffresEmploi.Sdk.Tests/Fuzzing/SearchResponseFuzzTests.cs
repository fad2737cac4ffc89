using CsCheck;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Serialization;

namespace OffresEmploi.Sdk.Tests.Fuzzing;

/// <summary>Search pages (<c>GET /v2/offres/search</c>) with damaged bodies, content types and Content-Range headers.</summary>
public sealed class SearchResponseFuzzTests
{
    private static Gen<FuzzedResponse> Responses(byte[] seed) =>
        Gen.Select(
            BodyMutations.Of(seed),
            Gen.Frequency((5, Gen.Const(206)), (3, Gen.Const(200)), (1, Gen.Const(204)), (1, Gen.Const(203))),
            HeaderValues.ContentRange,
            HeaderValues.ContentType,
            (body, status, range, type) => new FuzzedResponse(status, body.What, body.Body, type, range));

    [Fact]
    public async Task Search_MutatedPages_ReturnSanePagesOrTypedErrors()
    {
        var seed = await SandboxBodies.GetAsync("search");
        var transport = new FuzzTransport();
        using var client = FuzzHarness.CreateClient(transport);

        var tally = await FuzzHarness.RunAsync(Responses(seed), FuzzSettings.Iterations(400), stream: 1, async (response, ct) =>
        {
            transport.Api = _ => response.ToMessage();
            var page = await client.SearchAsync(new OffresSearchRequest(), ct);
            AssertSane(page);
            return FuzzHarness.Touch(page.Offres, OffresEmploiJsonContext.Default.IReadOnlyListOffre);
        });

        Assert.Equal(FuzzSettings.Iterations(400), tally.Total);
        Assert.True(tally.Successes > 0 && tally.TypedFailures > 0, tally.ToString());
    }

    [Fact]
    public async Task Search_MutatedFacets_ReturnSanePagesOrTypedErrors()
    {
        var seed = await SandboxBodies.GetAsync("search-facets");
        var transport = new FuzzTransport();
        using var client = FuzzHarness.CreateClient(transport);

        var tally = await FuzzHarness.RunAsync(Responses(seed), FuzzSettings.Iterations(200), stream: 2, async (response, ct) =>
        {
            transport.Api = _ => response.ToMessage();
            var page = await client.SearchAsync(new OffresSearchRequest { Range = "0-1" }, ct);
            AssertSane(page);
            return FuzzHarness.Touch(page.FiltresPossibles, OffresEmploiJsonContext.Default.IReadOnlyListFiltrePossible);
        });

        Assert.True(tally.Successes > 0 && tally.TypedFailures > 0, tally.ToString());
    }

    [Fact]
    public async Task SearchAll_MutatedPages_EndsWithOffersOrATypedError()
    {
        var seed = await SandboxBodies.GetAsync("search");
        var transport = new FuzzTransport();
        using var client = FuzzHarness.CreateClient(transport);
        var iterations = FuzzSettings.Iterations(60);

        var tally = await FuzzHarness.RunAsync(Gen.Select(Responses(seed), Gen.Int[0, 5_000]), iterations, stream: 3, async (input, ct) =>
        {
            var (response, total) = input;
            // Each page of the walk gets the damaged body, under a Content-Range that is either fuzzed or consistent.
            transport.Api = request => (response with { ContentRange = response.ContentRange ?? RangeOf(request, total) }).ToMessage();
            var count = 0;

            // Every page is damaged the same way: a stall timeout of zero ends the walk at the first page the client's
            // own retries did not cure, instead of pausing for minutes on a body that will never change.
            await foreach (var offre in client.SearchAllAsync(new OffresSearchRequest(), new OffresEmploi.Sdk.HarvestOptions { MaxConcurrency = 2, StallTimeout = TimeSpan.Zero }, ct))
            {
                Assert.NotNull(offre);
                count++;
            }

            return count;
        });

        Assert.Equal(iterations, tally.Total);
    }

    internal static void AssertSane(OffresPage page)
    {
        Assert.NotNull(page.Offres);
        Assert.All(page.Offres, Assert.NotNull);
        Assert.NotNull(page.FiltresPossibles);
        Assert.True(page.Total is null or >= 0, $"total {page.Total}");
        if (page.NextRange is { } next)
        {
            Assert.InRange(next.First, 0, 3000);
            Assert.InRange(next.Last, next.First, 3149);
        }
    }

    private static string RangeOf(HttpRequestMessage request, int total)
    {
        var range = TestSupport.FakeFranceTravail.QueryValue(request.RequestUri!, "range") ?? "0-149";
        return $"offres {range}/{total}";
    }
}
