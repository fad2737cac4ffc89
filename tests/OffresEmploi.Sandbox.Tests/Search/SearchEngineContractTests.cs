using System.Text.Json;
using OffresEmploi.Sandbox.Search;

namespace OffresEmploi.Sandbox.Tests.Search;

public class SearchEngineContractTests
{
    private static string Nature(JsonElement o) => TestCorpus.CodeOfLabel("naturesContrats", o.Str("natureContrat")!);

    [Fact]
    public void Search_TypeContrat_MatchesAnyListedType() =>
        SearchAssert.Matches(new SandboxSearchQuery { TypeContrat = ["CDD", "MIS"] }, o => o.Str("typeContrat") is "CDD" or "MIS");

    [Fact]
    public void Search_NatureContrat_MatchesTheCodeOfTheOffersLabel() =>
        SearchAssert.Matches(new SandboxSearchQuery { NatureContrat = ["E2", "FS"] }, o => Nature(o) is "E2" or "FS");

    [Fact]
    public void Search_TypeAndNatureContrat_ReturnsTheUnion() =>
        SearchAssert.Matches(
            new SandboxSearchQuery { TypeContrat = ["SAI"], NatureContrat = ["E2"] },
            o => o.Str("typeContrat") == "SAI" || Nature(o) == "E2");

    [Fact]
    public void Search_Alternance_MatchesApprenticeshipAndProfessionalisationNatures() =>
        Assert.All(
            SearchAssert.Engine.Search(new SandboxSearchQuery { NatureContrat = ["E2", "FS"] }, 0, 3149).Page,
            i => Assert.True(TestCorpus.Offers[i].Flag("alternance")));

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("3")]
    public void Search_Experience_MatchesTheDocumentedBands(string experience)
    {
        // From the corpus columns: experienceLibelle is absent on some partner offers, as on real ones.
        var c = TestCorpus.Corpus;
        SearchAssert.Matches(new SandboxSearchQuery { Experience = experience }, o =>
        {
            c.TryFindById(o.Str("id")!, out var i);
            int months = c.ExperienceMonths[i];
            var band = c.ExperienceExige[i] == 0 ? "4" : months == 0 ? "0" : months < 12 ? "1" : months <= 36 ? "2" : "3";
            return band == experience;
        });
    }

    [Theory]
    [InlineData("D")]
    [InlineData("S")]
    [InlineData("E")]
    public void Search_ExperienceExigence_MatchesExperienceExige(string exigence) =>
        SearchAssert.Matches(new SandboxSearchQuery { ExperienceExigence = exigence }, o => o.Str("experienceExige") == exigence);

    [Theory]
    [InlineData("0")]
    [InlineData("9")]
    public void Search_Qualification_CadreOrNot(string qualification) =>
        SearchAssert.Matches(
            new SandboxSearchQuery { Qualification = qualification },
            o => o.Str("qualificationCode") is { } q && (q == "9" ? "9" : "0") == qualification);

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public void Search_OrigineOffre_MatchesOrigine(string origine) =>
        SearchAssert.Matches(new SandboxSearchQuery { OrigineOffre = origine }, o => o.Str("origineOffre", "origine") == origine);

    [Fact]
    public void Search_PartenairesInclus_KeepsOnlyThosePartners() =>
        SearchAssert.Matches(
            new SandboxSearchQuery { Partenaires = ["METEOJOB", "aladom"], ModeSelectionPartenaires = "INCLUS" },
            o => o.GetProperty("origineOffre").Items("partenaires").Any(p => p.Str("nom") is "METEOJOB" or "ALADOM"));

    [Fact]
    public void Search_PartenairesExclu_RemovesThosePartners() =>
        SearchAssert.Matches(
            new SandboxSearchQuery { Partenaires = ["METEOJOB"], ModeSelectionPartenaires = "EXCLU" },
            o => !o.GetProperty("origineOffre").Items("partenaires").Any(p => p.Str("nom") == "METEOJOB"));

    [Fact]
    public void Search_CodeRome_MatchesRomeCode()
    {
        var romes = TestCorpus.Offers.Take(3).Select(o => o.Str("romeCode")!).ToArray();
        SearchAssert.Matches(new SandboxSearchQuery { CodeRome = romes }, o => romes.Contains(o.Str("romeCode")));
    }

    [Fact]
    public void Search_Appellation_MatchesTheAppellationLabel()
    {
        var label = TestCorpus.Offers[1].Str("appellationlibelle")!;
        var code = TestCorpus.CodeOfLabel("appellations", label);
        SearchAssert.Matches(new SandboxSearchQuery { Appellation = code }, o => o.Str("appellationlibelle") == label);
    }

    [Theory]
    [InlineData("K13")]
    [InlineData("G16")]
    public void Search_Domaine_MatchesTheRomePrefix(string domaine) =>
        SearchAssert.Matches(new SandboxSearchQuery { Domaine = domaine }, o => o.Str("romeCode")!.StartsWith(domaine, StringComparison.Ordinal));

    [Theory]
    [InlineData("M")]
    [InlineData("M18")]
    [InlineData("J")]
    public void Search_GrandDomaine_MatchesLetterOrSpecialDomaine(string grand)
    {
        static string Grand(string rome) =>
            rome[..3] is "C15" or "L14" or "M13" or "M14" or "M15" or "M16" or "M17" or "M18" ? rome[..3] : rome[..1];
        SearchAssert.Matches(new SandboxSearchQuery { GrandDomaine = grand }, o => Grand(o.Str("romeCode")!) == grand);
    }

    [Theory]
    [InlineData("14", new[] { "K13" })]
    [InlineData("17", new[] { "G1605", "H33", "K22", "N11" })]
    public void Search_Theme_MatchesTheThemesMetiers(string theme, string[] prefixes) =>
        SearchAssert.Matches(new SandboxSearchQuery { Theme = theme }, o => prefixes.Any(p => o.Str("romeCode")!.StartsWith(p, StringComparison.Ordinal)));

    [Fact]
    public void Search_SecteurActivite_MatchesTheNafDivision() =>
        SearchAssert.Matches(new SandboxSearchQuery { SecteurActivite = ["78", "56"] }, o => o.Str("secteurActivite") is "78" or "56");

    [Fact]
    public void Search_CodeNaf_MatchesCodeNAF() =>
        SearchAssert.Matches(new SandboxSearchQuery { CodeNaf = ["78.20Z", "86.10Z"] }, o => o.Str("codeNAF") is "78.20Z" or "86.10Z");
}
