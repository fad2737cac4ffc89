using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Tests.SearchCriteria;

/// <summary>The place criteria of <see cref="OffresSearchCriteria"/>: names and codes to the search form, never a city-wide code (issue #12).</summary>
public class OffresSearchCriteriaPlacesTests
{
    private static readonly OffresSearchCriteriaOptions UseBest = new() { AmbiguousPlace = AmbiguousPlaceHandling.UseBest };

    [Theory]
    [InlineData("Annecy", "74010", null, null, "Annecy (74010)")]
    [InlineData("74000", "74010", null, null, "Annecy (74010)")]
    [InlineData("Haute-Savoie", null, "74", null, "Haute-Savoie (74)")]
    [InlineData("74", null, "74", null, "Haute-Savoie (74)")]
    [InlineData("Bretagne", null, null, "53", "Bretagne (région 53)")]
    public void Resolve_Lieu_IsACommuneDepartementOrRegion(string lieu, string? commune, string? departement, string? region, string where)
    {
        var search = new OffresSearchCriteria { Lieu = lieu }.Resolve();

        Assert.Equal(commune, search.Request.Commune?.Single());
        Assert.Equal(departement, search.Request.Departement?.Single());
        Assert.Equal(region, search.Request.Region?.Value);
        Assert.Equal(where, search.Where);
    }

    [Fact]
    public void Resolve_NamesAndCodes_ResolveToCodesWithNotesSayingHowTheyWereRead()
    {
        var search = new OffresSearchCriteria { Commune = ["Annecy"], Distance = 20, Departement = ["Haute-Savoie", "2a"], Region = "Bretagne" }.Resolve();

        Assert.Equal(["74010"], search.Request.Commune!);
        Assert.Equal(20, search.Request.Distance);
        Assert.Equal(["74", "2A"], search.Request.Departement!);
        Assert.Equal(new RegionCode("53"), search.Request.Region);
        Assert.Contains("\"Annecy\" read as Annecy (74), commune 74010.", search.Notes);
        Assert.Equal("Annecy (74010) + 20 km, Haute-Savoie (74), Corse-du-Sud (2A), Bretagne (région 53)", search.Where);
    }

    [Fact]
    public void Resolve_RegionCode_IsTheRegionNotTheDepartementOfThatNumber()
    {
        var search = new OffresSearchCriteria { Region = "84" }.Resolve();

        Assert.Equal(new RegionCode("84"), search.Request.Region);
        Assert.Null(search.Request.Departement);
    }

    [Theory]
    [InlineData("Paris", "75101", 8)]
    [InlineData("Lyon", "69382", 6)]
    [InlineData("Marseille", "13201", 11)]
    [InlineData("75056", "75101", 8)]
    public void Resolve_CityAsAWhole_IsItsCentralArrondissementWithACoveringDistance(string commune, string centre, int km)
    {
        var search = new OffresSearchCriteria { Commune = [commune] }.Resolve();

        Assert.Equal([centre], search.Request.Commune!);
        Assert.Equal(km, search.Request.Distance);
        Assert.Contains(search.Notes, n => n.Contains("refuses the city-wide code", StringComparison.Ordinal));
        Assert.EndsWith($"as {centre} + {km} km", search.Where, StringComparison.Ordinal);
        OffresSearchRequestValidator.Validate(search.Request);
    }

    [Fact]
    public void Resolve_ParisWithDistanceZero_IsTheDepartement75MergedWithTheDepartementsAskedFor()
    {
        var search = new OffresSearchCriteria { Commune = ["Paris"], Distance = 0, Departement = ["92", "75"] }.Resolve();

        Assert.Null(search.Request.Commune);
        Assert.Null(search.Request.Distance);
        Assert.Equal(["92", "75"], search.Request.Departement!);
        Assert.Equal("Paris (75056) as departement 75, Hauts-de-Seine (92), Paris (75)", search.Where);
    }

    [Fact]
    public void Resolve_ParisAloneWithDistanceZero_AddsTheDepartement75()
    {
        var search = new OffresSearchCriteria { Lieu = "Paris", Distance = 0, MotsCles = ["vendeur"] }.Resolve();

        Assert.Equal(["75"], search.Request.Departement!);
        Assert.Null(search.Request.Commune);
        OffresSearchRequestValidator.Validate(search.Request);
    }

    [Theory]
    [InlineData("Paris 11e", null, "75111", 0)]
    [InlineData("69003", null, "69383", 0)]
    [InlineData("Paris 11e", 5, "75111", 5)]
    public void Resolve_Arrondissement_IsSearchedAloneUnlessADistanceIsGiven(string lieu, int? distance, string commune, int expected)
    {
        var search = new OffresSearchCriteria { Lieu = lieu, Distance = distance }.Resolve(options: new() { DefaultDistanceKm = 10 });

        Assert.Equal([commune], search.Request.Commune!);
        Assert.Equal(expected, search.Request.Distance);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(10, 10)]
    public void Resolve_CommuneWithoutDistance_TakesTheDefaultDistanceOfTheOptions(int? defaultKm, int? sent)
    {
        var search = new OffresSearchCriteria { Lieu = "Annecy" }.Resolve(options: new() { DefaultDistanceKm = defaultKm });

        Assert.Equal(sent, search.Request.Distance);
        Assert.Equal(sent is null ? "Annecy (74010)" : $"Annecy (74010) + {sent} km", search.Where);
    }

    [Fact]
    public void Resolve_AmbiguousNameUnderUseBest_TakesTheBestAndSaysWhichAndTheOthers()
    {
        var search = new OffresSearchCriteria { Commune = ["Saint-Denis"] }.Resolve(options: UseBest);

        Assert.Equal(["97411"], search.Request.Commune!);
        var note = Assert.Single(search.Notes, n => n.Contains("ambiguous", StringComparison.Ordinal));
        Assert.Contains("93066", note, StringComparison.Ordinal);
        Assert.Contains("\"Saint-Denis (974)\"", note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(OffresSearchCriteria.Lieu))]
    [InlineData(nameof(OffresSearchCriteria.Commune))]
    public void Resolve_AmbiguousNameUnderRefuse_ListsTheCandidatesAndHowToPick(string criterion)
    {
        var criteria = criterion == nameof(OffresSearchCriteria.Lieu)
            ? new OffresSearchCriteria { Lieu = "Saint-Denis" }
            : new OffresSearchCriteria { Commune = ["Saint-Denis"] };

        var error = Assert.Throws<OffresSearchCriteriaException>(() => criteria.Resolve());

        Assert.Equal(criterion, error.Criterion);
        Assert.Equal(criterion, error.ParamName);
        Assert.Contains("ambiguous", error.Message, StringComparison.Ordinal);
        Assert.Contains("93066", error.Message, StringComparison.Ordinal);
        Assert.Contains("97411", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"Saint-Denis (974)\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_PreciseName_IsNotAmbiguousUnderEitherPolicy()
    {
        var refused = new OffresSearchCriteria { Lieu = "Saint-Denis (93)" }.Resolve();
        var usedBest = new OffresSearchCriteria { Commune = ["Saint-Denis (93)"] }.Resolve(options: UseBest);

        Assert.Equal(["93066"], refused.Request.Commune!);
        Assert.Equal(["93066"], usedBest.Request.Commune!);
        Assert.DoesNotContain(usedBest.Notes, n => n.Contains("ambiguous", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_GivenResolver_IsTheOneUsed()
    {
        var places = new PlaceResolver(new Places.ListPlaceSource((
            [new Place { Kind = PlaceKind.Commune, Code = "99001", Libelle = "Testville", CodeDepartement = "99" }],
            [],
            [])));

        var search = new OffresSearchCriteria { Commune = ["Testville"] }.Resolve(places);

        Assert.Equal(["99001"], search.Request.Commune!);
        Assert.Throws<OffresSearchCriteriaException>(() => new OffresSearchCriteria { Commune = ["Annecy"] }.Resolve(places));
    }
}
