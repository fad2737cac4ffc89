using OffresEmploi.Sandbox.Search;

namespace OffresEmploi.Sandbox.Tests.Search;

public class SearchEngineFacetTests
{
    public static TheoryData<SandboxSearchQuery> Queries => new()
    {
        new SandboxSearchQuery(),
        new SandboxSearchQuery { Departement = ["59", "62"] },
        new SandboxSearchQuery { MotsCles = ["agent"] },
        new SandboxSearchQuery { TypeContrat = ["CDI"], NatureContrat = ["E2"] },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Search_Facets_EachSumsToTheTotal(SandboxSearchQuery query)
    {
        var result = SearchAssert.Engine.Search(query, 0, 0);

        Assert.True(result.Total > 0);
        Assert.Equal(["typeContrat", "experience", "qualification", "natureContrat"], result.FiltresPossibles.Select(f => f.Filtre));
        Assert.All(result.FiltresPossibles, f => Assert.Equal(result.Total, f.Agregation.Sum(a => a.NbResultats)));
    }

    [Fact]
    public void Search_Facets_CountTheMatchedOffersCodes()
    {
        var query = new SandboxSearchQuery { Region = "84" };
        var result = SearchAssert.Engine.Search(query, 0, 3149);
        var offers = result.Page.Select(i => TestCorpus.Offers[i]).ToArray();

        var types = result.FiltresPossibles.Single(f => f.Filtre == "typeContrat").Agregation;
        Assert.Equal(
            offers.GroupBy(o => o.Str("typeContrat")!).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())),
            types);
        var natures = result.FiltresPossibles.Single(f => f.Filtre == "natureContrat").Agregation;
        Assert.Equal(
            offers.GroupBy(o => TestCorpus.CodeOfLabel("naturesContrats", o.Str("natureContrat")!)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())),
            natures);
        var qualifications = result.FiltresPossibles.Single(f => f.Filtre == "qualification").Agregation;
        Assert.Equal(
            offers.GroupBy(o => o.Str("qualificationCode") switch { null => "X", "9" => "9", _ => "0" }).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())),
            qualifications);
    }

    [Fact]
    public void Search_ImpossibleQuery_HasNoFacets()
    {
        var result = SearchAssert.Engine.Search(new SandboxSearchQuery { Commune = ["00000"] }, 0, 149);

        Assert.Equal(0, result.Total);
        Assert.Empty(result.FiltresPossibles);
    }
}
