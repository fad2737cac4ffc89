using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Tests;

public sealed class ReferentielSearchTests
{
    private static readonly Referentiel[] TypesContrats =
    [
        new() { Code = "CDI", Libelle = "Contrat à durée indéterminée" },
        new() { Code = "CDD", Libelle = "Contrat à durée déterminée" },
        new() { Code = "MIS", Libelle = "Mission intérimaire" },
        new() { Code = "CCE", Libelle = "Profession commerciale" },
    ];

    [Fact]
    public void Find_Code_PutsTheEqualCodeFirst()
    {
        var found = ReferentielSearch.Find(TypesContrats, "cdi");

        Assert.Equal("CDI", found[0].Code);
    }

    [Fact]
    public void Find_WordsWithoutAccents_MatchLabelsInAnyOrderShortestFirst()
    {
        Assert.Equal(["CDD", "CDI"], ReferentielSearch.Find(TypesContrats, "DETERMINEE").Select(r => r.Code));
        Assert.Equal(["MIS"], ReferentielSearch.Find(TypesContrats, "interimaire mission").Select(r => r.Code));
        Assert.Empty(ReferentielSearch.Find(TypesContrats, "apprentissage"));
    }

    [Fact]
    public void Find_Detail_IsSearchedWithTheLabelWords()
    {
        var communes = new[] { (Code: "74010", Label: "Annecy", Detail: "74000, dép. 74"), (Code: "69123", Label: "Lyon", Detail: "69001, dép. 69") };

        var found = ReferentielSearch.Find(communes, "annecy 74000", c => c.Code, c => c.Label, c => c.Detail);

        Assert.Equal("74010", Assert.Single(found).Code);
    }

    [Fact]
    public void FiltrePossible_KnownFacet_HasTitleAndValueLabels()
    {
        var facet = new FiltrePossible { Filtre = "typeContrat" };

        Assert.Equal("Type de contrat", facet.GetTitle());
        Assert.Equal("Contrat à durée indéterminée", facet.GetValueLabel("CDI"));
        Assert.Equal("XYZ (code non documenté)", facet.GetValueLabel("XYZ"));
        Assert.Equal("4 (code non documenté)", new FiltrePossible { Filtre = "experience" }.GetValueLabel("4"));
        Assert.Null(facet.GetValueLabel(null));
        Assert.Null(new FiltrePossible { Filtre = "autre" }.GetValueLabel("4"));
        Assert.Equal("autre", new FiltrePossible { Filtre = "autre" }.GetTitle());
    }

    [Theory]
    [InlineData(SalairePeriode.Annuel, "an")]
    [InlineData(SalairePeriode.Mensuel, "mois")]
    [InlineData(SalairePeriode.Hebdomadaire, "semaine")]
    [InlineData(SalairePeriode.Horaire, "h")]
    public void SalaireParse_PeriodUnit_IsTheOneWording(SalairePeriode period, string unit) =>
        Assert.Equal(unit, new SalaireParse { Period = period }.PeriodUnit);
}
