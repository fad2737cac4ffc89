using OffresEmploi.Sdk.AI.Rendering;
using OffresEmploi.Sdk.AI.Tools;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.AI.Tests.Rendering;

public class RenderingTests
{
    [Theory]
    [InlineData("Annuel de 25000.0 Euros à 35000.0 Euros sur 12.0 mois", "25000-35000 €/an", 2500)]
    [InlineData("Mensuel de 1710,00 Euros sur 12 mois", "1710 €/mois", 1710)]
    [InlineData("Horaire de 11.88 Euros", "11.88 €/h", 1801.8396)]
    [InlineData("Mensuel de 2000.0 Euros à 2500.0 Euros", "2000-2500 €/mois", 2250)]
    public void Salary_Libelle_FormatsAndNormalisesToMonthly(string libelle, string text, double monthly)
    {
        var salaire = new Salaire { Libelle = libelle };

        Assert.Equal(text, SalaryText.Format(salaire));
        Assert.True(SalaryText.TryReadMonthly(salaire, out var value));
        Assert.Equal(monthly, value, 3);
    }

    [Fact]
    public void Salary_CommentOnly_IsShownButNotCounted()
    {
        var salaire = new Salaire { Commentaire = "Selon profil" };

        Assert.Equal("Selon profil", SalaryText.Format(salaire));
        Assert.False(SalaryText.TryReadMonthly(salaire, out _));
    }

    [Theory]
    [InlineData("Électricien d'ÉQUIPEMENT", "electricien d equipement")]
    [InlineData("Cœur-de-métier", "coeur de metier")]
    public void Fold_IgnoresCaseAccentsAndPunctuation(string text, string folded) =>
        Assert.Equal(folded, TextFolding.Fold(text));

    [Fact]
    public void Card_Line_LeavesOutAbsentFieldsAndKeepsOneLine()
    {
        var card = OfferCards.From(new Offre { Id = "ABC1234", Intitule = "Boulanger | H/F\n", TypeContratLibelle = "CDI", DureeTravailLibelleConverti = "Temps partiel" });

        Assert.Equal("ABC1234 | Boulanger / H/F | CDI, temps partiel", OfferCards.Line(card));
    }

    [Theory]
    [InlineData(new[] { 1.0, 2, 3, 4 }, 0.5, 2.5)]
    [InlineData(new[] { 10.0 }, 0.25, 10)]
    [InlineData(new[] { 1.0, 2, 3, 4, 5 }, 0.25, 2)]
    public void Quantile_InterpolatesBetweenRanks(double[] sorted, double q, double expected) =>
        Assert.Equal(expected, SummarizeMarketTool.Quantile(sorted, q), 6);
}
