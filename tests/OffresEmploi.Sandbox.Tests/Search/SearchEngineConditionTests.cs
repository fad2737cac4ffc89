using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using OffresEmploi.Sandbox.Search;

namespace OffresEmploi.Sandbox.Tests.Search;

public partial class SearchEngineConditionTests
{
    [Fact]
    public void Search_CreationDateWindow_IsInclusiveAtBothEnds()
    {
        // Bounds taken exactly on existing offers, so that inclusiveness is exercised.
        var min = TestCorpus.Offers[1000].Created();
        var max = TestCorpus.Offers[2000].Created();
        SearchAssert.Matches(
            new SandboxSearchQuery { MinCreationDate = min, MaxCreationDate = max },
            o => o.Created() >= min && o.Created() <= max);
    }

    [Fact]
    public void Search_PublieeDepuis_CountsDaysBackFromTheClock() =>
        SearchAssert.Matches(new SandboxSearchQuery { PublieeDepuis = 7 }, o => o.Created() >= TestCorpus.Now.AddDays(-7));

    [Theory]
    [InlineData(2000, "M")]
    [InlineData(30000, "A")]
    [InlineData(13, "H")]
    [InlineData(150, "C")]
    public void Search_SalaireMin_ComparesTheLowestAmountInThatPeriod(double salaire, string periode) =>
        SearchAssert.Matches(
            new SandboxSearchQuery { SalaireMin = (decimal)salaire, PeriodeSalaire = periode },
            o => SalaryIn(o, periode) is { } v && v >= salaire);

    [Fact]
    public void Search_NiveauFormation_MatchesTheFormationLevel() =>
        SearchAssert.Matches(
            new SandboxSearchQuery { NiveauFormation = "NV3" },
            o => o.Items("formations").Any(f => TestCorpus.CodeOfLabel("niveauxFormations", f.Str("niveauLibelle")!) == "NV3"));

    [Fact]
    public void Search_Permis_MatchesAnyListedPermis() =>
        SearchAssert.Matches(
            new SandboxSearchQuery { Permis = "B" },
            o => o.Items("permis").Any(p => TestCorpus.CodeOfLabel("permis", p.Str("libelle")!) == "B"));

    [Theory]
    [InlineData(true, "Temps plein")]
    [InlineData(false, "Temps partiel")]
    public void Search_TempsPlein_MatchesDureeTravailLibelleConverti(bool tempsPlein, string converti) =>
        SearchAssert.Matches(new SandboxSearchQuery { TempsPlein = tempsPlein }, o => o.Str("dureeTravailLibelleConverti") == converti);

    [Theory]
    [InlineData("0", null)]
    [InlineData("1", "Temps plein")]
    [InlineData("2", "Temps partiel")]
    public void Search_DureeHebdo_MatchesTheWorkingTimeKind(string dureeHebdo, string? converti) =>
        SearchAssert.Matches(new SandboxSearchQuery { DureeHebdo = dureeHebdo }, o => o.Str("dureeTravailLibelleConverti") == converti);

    [Fact]
    public void Search_DureeHebdoMinMax_BoundTheWeeklyHours() =>
        SearchAssert.Matches(
            new SandboxSearchQuery { DureeHebdoMin = 2000, DureeHebdoMax = 3500 },
            o => WeeklyMinutes(o) is { } m && m >= 20 * 60 && m <= 35 * 60);

    [Fact]
    public void Search_DureeContratMinMax_BoundTheContractLengthInMonths() =>
        SearchAssert.Matches(
            new SandboxSearchQuery { DureeContratMin = 0.5, DureeContratMax = 6 },
            o => ContractMonths(o) is { } m && m >= 0.5 && m <= 6);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Search_AccesTravailleurHandicape_MatchesAccessibleTH(bool wanted) =>
        SearchAssert.Matches(new SandboxSearchQuery { AccesTravailleurHandicape = wanted }, o => o.Flag("accessibleTH") == wanted);

    [Fact]
    public void Search_OffresManqueCandidats_MatchesTheField() =>
        SearchAssert.Matches(new SandboxSearchQuery { OffresManqueCandidats = true }, o => o.Flag("offresManqueCandidats"));

    [Fact]
    public void Search_EntreprisesAdaptees_MatchesEntrepriseAdaptee() =>
        SearchAssert.Matches(new SandboxSearchQuery { EntreprisesAdaptees = true }, o => o.Flag("entrepriseAdaptee"));

    [Fact]
    public void Search_EmployeursHandiEngages_MatchesEmployeurHandiEngage() =>
        SearchAssert.Matches(new SandboxSearchQuery { EmployeursHandiEngages = true }, o => o.Flag("employeurHandiEngage"));

    [Fact]
    public void Search_OffresMrs_MatchesTheMrsOffers()
    {
        // Not a field of Offre: read from the corpus column.
        var c = TestCorpus.Corpus;
        SearchAssert.Matches(new SandboxSearchQuery { OffresMrs = true }, o =>
        {
            c.TryFindById(o.Str("id")!, out var i);
            return (c.Flags[i] & Sandbox.Corpus.OffreFlags.OffresMrs) != 0;
        });
    }

    [Fact]
    public void Search_SeveralFilters_AreCombinedWithAnd() =>
        SearchAssert.Matches(
            new SandboxSearchQuery { TypeContrat = ["CDI"], Region = "11", TempsPlein = true },
            o => o.Str("typeContrat") == "CDI" && o.Str("dureeTravailLibelleConverti") == "Temps plein"
                && o.Str("lieuTravail", "libelle")!.Split(" - ")[0] is "75" or "77" or "78" or "91" or "92" or "93" or "94" or "95");

    /// <summary>The documented salary rule, from salaire.libelle: lowest amount, 151.67 h a month, 12 months a
    /// year (or the "sur N mois" count of a monthly amount); cachets only compare with cachets.</summary>
    private static double? SalaryIn(JsonElement o, string periode)
    {
        var libelle = o.Str("salaire", "libelle");
        if (libelle is null)
        {
            return null;
        }

        var m = SalaryPattern().Match(libelle);
        Assert.True(m.Success, libelle);
        var amount = double.Parse(m.Groups[2].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
        var months = m.Groups[4].Success ? double.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture) : 12;
        var kind = m.Groups[1].Value;
        if ((kind == "Cachet") != (periode == "C"))
        {
            return null;
        }

        var monthly = kind switch { "Annuel" => amount / 12, "Horaire" => amount * 151.67, _ => amount };
        return periode switch
        {
            "A" => kind switch { "Annuel" => amount, "Mensuel" => amount * months, _ => monthly * 12 },
            "H" => kind == "Horaire" ? amount : monthly / 151.67,
            "C" => amount,
            _ => monthly,
        };
    }

    private static int? WeeklyMinutes(JsonElement o)
    {
        var m = Regex.Match(o.Str("dureeTravailLibelle") ?? string.Empty, @"(\d+)H(\d\d)?/semaine");
        return m.Success ? (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * 60) + (m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : 0) : null;
    }

    private static double? ContractMonths(JsonElement o)
    {
        var m = Regex.Match(o.Str("typeContratLibelle")!, @" - (\d+) (Mois|Jour\(s\))$");
        return !m.Success ? null : double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) / (m.Groups[2].Value == "Mois" ? 1 : 30.0);
    }

    [GeneratedRegex(@"^(Mensuel|Annuel|Horaire|Cachet) de ([\d.,]+) Euros(?: à ([\d.,]+) Euros)?(?: sur ([\d.]+) mois)?$")]
    private static partial Regex SalaryPattern();
}
