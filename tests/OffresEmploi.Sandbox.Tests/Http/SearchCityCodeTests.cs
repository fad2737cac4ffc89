using System.Globalization;
using System.Net;
using System.Text.Json;
using OffresEmploi.Sandbox.Data;

namespace OffresEmploi.Sandbox.Tests.Http;

/// <summary>
/// Paris, Lyon and Marseille over HTTP as production answers them (third-party evidence, issue #12): the city-wide
/// codes are refused; around an arrondissement, any distance reaches the whole city and distance 0 that arrondissement only.
/// </summary>
public sealed class SearchCityCodeTests : IDisposable
{
    private readonly SandboxTestClient _sut = new(SandboxTestClient.CreateOptions(corpusSize: 6_000));

    public static TheoryData<string> CityCodes => ["75056", "69123", "13055"];

    [Theory]
    [MemberData(nameof(CityCodes))]
    public async Task Search_CityWideCommuneCode_Returns400CommuneIncorrecte(string code)
    {
        using var alone = await _sut.GetAuthorizedAsync($"v2/offres/search?commune={code}&distance=10");
        using var inAList = await _sut.GetAuthorizedAsync($"v2/offres/search?commune=74010,{code}");
        using var withoutDistance = await _sut.GetAuthorizedAsync($"v2/offres/search?commune={code}");

        foreach (var response in new[] { alone, inAList, withoutDistance })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("Valeur du paramètre « commune » incorrecte.", await SandboxTestClient.ReadMessageAsync(response));
        }
    }

    [Theory]
    [InlineData("75056", "75111")]
    [InlineData("69123", "69383")]
    [InlineData("13055", "13208")]
    public async Task Search_ArrondissementWithDistance_ReachesEveryArrondissementOfTheCity(string city, string arrondissement)
    {
        var communes = SandboxData.Instance.Communes;
        var arrondissements = communes.Arrondissements[communes.IndexOf(city)].Select(i => communes.Codes[i]).ToList();
        var inCity = 0;
        foreach (var code in arrondissements)
        {
            inCity += await TotalAsync($"commune={code}&distance=0");
        }

        var around = await TotalAsync($"commune={arrondissement}&distance=1");
        var cityOffers = await CommunesOfAsync($"commune={arrondissement}&distance=1");

        Assert.True(inCity > 0, "the corpus has offers in the city");
        Assert.True(around >= inCity, $"{arrondissement} + 1 km: {around} offers, the city alone has {inCity}");
        Assert.Equal(inCity, cityOffers.Count(c => c is not null && arrondissements.Contains(c)));
    }

    [Theory]
    [InlineData("75111")]
    [InlineData("69383")]
    [InlineData("13208")]
    public async Task Search_ArrondissementWithDistanceZero_MatchesThatArrondissementOnly(string arrondissement)
    {
        var found = await CommunesOfAsync($"commune={arrondissement}&distance=0");

        Assert.NotEmpty(found);
        Assert.All(found, c => Assert.Equal(arrondissement, c));
    }

    public void Dispose() => _sut.Dispose();

    private async Task<int> TotalAsync(string query)
    {
        using var response = await _sut.GetAuthorizedAsync($"v2/offres/search?{query}&range=0-0");
        Assert.True(response.IsSuccessStatusCode, $"{query}: {(int)response.StatusCode}");
        var range = response.Content.Headers.GetValues("Content-Range").Single();
        return int.Parse(range[(range.IndexOf('/', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture);
    }

    /// <summary>The <c>lieuTravail.commune</c> of every matching offer (the searches here stay under 3,150 offers).</summary>
    private async Task<List<string?>> CommunesOfAsync(string query)
    {
        var total = await TotalAsync(query);
        var found = new List<string?>();
        for (var start = 0; start < total; start += 150)
        {
            using var response = await _sut.GetAuthorizedAsync($"v2/offres/search?{query}&range={start}-{start + 149}");
            using var json = await SandboxTestClient.ReadJsonAsync(response);
            found.AddRange(json.RootElement.GetProperty("resultats").EnumerateArray()
                .Select(o => o.GetProperty("lieuTravail").TryGetProperty("commune", out var c) ? c.GetString() : null));
        }

        Assert.Equal(total, found.Count);
        return found;
    }
}
