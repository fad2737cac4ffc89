using System.Net;
using Microsoft.Extensions.Time.Testing;
using OffresEmploi.Sandbox.Corpus;
using OffresEmploi.Sandbox.Http;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sandbox.Tests.Http;

/// <summary>A sandbox on day 3 against one on day 0, through HTTP and the SDK, checked against the corpus' truth.</summary>
public class MarketDayHttpTests
{
    private const int Size = 2_000;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static SandboxTestClient CreateSut(int day)
    {
        var options = SandboxTestClient.CreateOptions(Size);
        options.Day = day;
        options.TimeProvider = new FakeTimeProvider(SandboxTestClient.FixedNow);
        return new SandboxTestClient(options);
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetOffreAsync(SandboxTestClient sut, string id)
    {
        using var response = await sut.GetAuthorizedAsync("v2/offres/" + id);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Token));
    }

    [Fact]
    public async Task GetOffre_DayThree_AnswersUnchangedOffersByteForByte_VanishedOnes204_NewOnes200()
    {
        using var day0 = CreateSut(0);
        using var day3 = CreateSut(3);
        var changes = MarketChanges.Between(day0.Handler.Corpus, day3.Handler.Corpus);
        var changed = changes.Updated.Concat(changes.Vanished).ToHashSet(StringComparer.Ordinal);

        foreach (var id in day0.Handler.Corpus.GetOffres().Select(o => o.Id).Where(id => !changed.Contains(id)))
        {
            var before = await GetOffreAsync(day0, id);
            var after = await GetOffreAsync(day3, id);
            Assert.Equal(HttpStatusCode.OK, before.Status);
            Assert.Equal(before, after);
        }

        Assert.NotEmpty(changes.Vanished);
        foreach (var id in changes.Vanished)
        {
            var after = await GetOffreAsync(day3, id);
            Assert.Equal((HttpStatusCode.NoContent, string.Empty), after);
        }

        Assert.NotEmpty(changes.Added);
        foreach (var id in changes.Added)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await GetOffreAsync(day0, id)).Status);
            Assert.Equal(HttpStatusCode.OK, (await GetOffreAsync(day3, id)).Status);
        }
    }

    [Fact]
    public async Task SearchAll_DayThree_HarvestsExactlyTheTruth()
    {
        using var day3 = CreateSut(3);
        using var client = SandboxClientFactory.Create(day3.Handler);
        var truth = day3.Handler.Corpus.GetOffres().ToDictionary(o => o.Id, StringComparer.Ordinal);

        var harvested = new List<Offre>();
        await foreach (var offre in client.SearchAllAsync(new OffresSearchRequest(), Token))
        {
            harvested.Add(offre);
        }

        Assert.Equal(truth.Keys.Order(StringComparer.Ordinal), harvested.Select(o => o.Id!).Order(StringComparer.Ordinal));
        Assert.All(harvested, o =>
        {
            Assert.Equal(truth[o.Id!].DateCreation, o.DateCreation);
            Assert.Equal(truth[o.Id!].DateActualisation, o.DateActualisation);
        });
    }

    [Fact]
    public async Task SearchAll_DayThree_ShowsTheUpdatesOfTheTruth()
    {
        using var day0 = CreateSut(0);
        using var day3 = CreateSut(3);
        var updated = MarketChanges.Between(day0.Handler.Corpus, day3.Handler.Corpus).Updated;
        using var before = SandboxClientFactory.Create(day0.Handler);
        using var after = SandboxClientFactory.Create(day3.Handler);

        var old = await HarvestAsync(before);
        var current = await HarvestAsync(after);

        Assert.NotEmpty(updated);
        Assert.All(updated, id =>
        {
            Assert.True(current[id].DateActualisation > SandboxTestClient.FixedNow);
            Assert.True(current[id].DateActualisation > (old[id].DateActualisation ?? old[id].DateCreation));
            Assert.NotEqual(old[id].NombrePostes, current[id].NombrePostes);
        });
        var changedOnTheWire = current.Keys.Intersect(old.Keys)
            .Where(id => current[id].DateActualisation != old[id].DateActualisation || current[id].NombrePostes != old[id].NombrePostes);
        Assert.Equal(updated.Order(StringComparer.Ordinal), changedOnTheWire.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Search_PublieeDepuisOnDayThree_CountsDaysBackFromThreeDaysAhead()
    {
        using var day3 = CreateSut(3);
        var since = SandboxTestClient.FixedNow.AddDays(3 - 1);
        var expected = day3.Handler.Corpus.GetOffres().Count(o => o.DateCreation >= since);

        using var response = await day3.GetAuthorizedAsync("v2/offres/search?publieeDepuis=1&range=0-0");

        Assert.InRange(expected, 1, Size / 10);
        Assert.Equal($"offres 0-0/{expected}", response.Content.Headers.GetValues("Content-Range").Single());
    }

    [Fact]
    public void Handlers_SameOptionsAndDay_ShareOneCorpus_OtherDayDoesNot()
    {
        using var a = CreateSut(3);
        using var b = CreateSut(3);
        using var c = CreateSut(4);

        Assert.Same(a.Handler.Corpus, b.Handler.Corpus);
        Assert.NotSame(a.Handler.Corpus, c.Handler.Corpus);
        Assert.Equal(3, a.Handler.Corpus.Options.Day);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(366)]
    public void Options_DayOutOfRange_IsRefusedNamingDay(int day)
    {
        var options = SandboxTestClient.CreateOptions();
        options.Day = day;

        var ex = Assert.Throws<ArgumentException>(() => new SandboxHttpMessageHandler(options));

        Assert.Equal(nameof(SandboxOptions.Day), ex.ParamName);
        Assert.Contains("Day must be between 0 and 365", ex.Message, StringComparison.Ordinal);
    }

    private static async Task<Dictionary<string, Offre>> HarvestAsync(OffresEmploi.Sdk.OffresEmploiClient client)
    {
        var offers = new Dictionary<string, Offre>(StringComparer.Ordinal);
        await foreach (var offre in client.SearchAllAsync(new OffresSearchRequest(), Token))
        {
            offers.Add(offre.Id!, offre);
        }

        return offers;
    }
}
