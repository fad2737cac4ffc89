using System.Text.Json;
using System.Text.RegularExpressions;
using OffresEmploi.Sandbox.Data;
using OffresEmploi.Sandbox.Json;

namespace OffresEmploi.Sandbox.Tests.Json;

public partial class OffreJsonWriterTests
{
    private static readonly string[] AlwaysPresent =
    [
        "id", "intitule", "description", "dateCreation", "lieuTravail", "romeCode", "romeLibelle", "appellationlibelle",
        "entreprise", "typeContrat", "typeContratLibelle", "natureContrat", "experienceExige", "salaire", "alternance",
        "nombrePostes", "origineOffre", "contexteTravail", "entrepriseAdaptee", "employeurHandiEngage",
    ];

    private static HashSet<string?> Labels(string referentiel) =>
        TestCorpus.Referentiel(referentiel).Select(r => r.GetProperty("libelle").GetString()).ToHashSet();

    private static HashSet<string?> Codes(string referentiel) =>
        TestCorpus.Referentiel(referentiel).Select(r => r.GetProperty("code").GetString()).ToHashSet();

    [Fact]
    public void Write_AlwaysWritesTheFieldsRealOffersAlwaysHave() =>
        Assert.All(TestCorpus.Offers, o => Assert.All(AlwaysPresent, f => Assert.True(o.TryGetProperty(f, out _), f)));

    [Fact]
    public void Write_UsesTheApiFieldOrderAndNames()
    {
        var names = TestCorpus.Offers.SelectMany(o => o.EnumerateObject().Select(p => p.Name)).ToHashSet();
        var first = TestCorpus.Offers[0].EnumerateObject().Select(p => p.Name).Take(4);

        Assert.Equal(["id", "intitule", "description", "dateCreation"], first);
        Assert.Contains("appellationlibelle", names);
        Assert.Contains("codeNAF", names);
        Assert.DoesNotContain("appellationLibelle", names);
        Assert.DoesNotContain("codeNaf", names);
    }

    [Fact]
    public void Write_DatesAreUtcWithMilliseconds() =>
        Assert.All(TestCorpus.Offers, o =>
        {
            Assert.Matches(DatePattern(), o.Str("dateCreation")!);
            if (o.Str("dateActualisation") is { } updated)
            {
                Assert.Matches(DatePattern(), updated);
            }
        });

    [Fact]
    public void Write_CodesAndLabelsComeFromTheReferentiels()
    {
        var natures = Labels("naturesContrats");
        var types = Codes("typesContrats");
        var nafs = Codes("nafs");
        var permis = Labels("permis");
        var niveaux = Labels("niveauxFormations");
        var langues = Labels("langues");
        var metiers = TestCorpus.Referentiel("metiers").ToDictionary(m => m.GetProperty("code").GetString()!, m => m.GetProperty("libelle").GetString());
        var appellations = Labels("appellations");
        Assert.All(TestCorpus.Offers, o =>
        {
            Assert.Contains(o.Str("natureContrat"), natures);
            Assert.Contains(o.Str("typeContrat"), types);
            Assert.Equal(metiers[o.Str("romeCode")!], o.Str("romeLibelle"));
            Assert.Contains(o.Str("appellationlibelle"), appellations);
            Assert.Contains(o.Str("experienceExige"), new[] { "D", "S", "E" });
            if (o.Str("codeNAF") is { } naf)
            {
                Assert.Contains(naf, nafs);
                Assert.Equal(naf[..2], o.Str("secteurActivite"));
            }

            Assert.All(o.Items("permis"), p => Assert.Contains(p.Str("libelle"), permis));
            Assert.All(o.Items("langues"), p => Assert.Contains(p.Str("libelle"), langues));
            Assert.All(o.Items("formations"), p => Assert.Contains(p.Str("niveauLibelle"), niveaux));
            Assert.All(o.Items("competences").Concat(o.Items("permis")).Concat(o.Items("langues")), p => Assert.Contains(p.Str("exigence"), new[] { "E", "S" }));
        });
    }

    [Fact]
    public void Write_LieuTravailMatchesTheCommuneReferentiel()
    {
        var communes = SandboxData.Instance.Communes;
        var referentiel = TestCorpus.Referentiel("communes").ToDictionary(c => c.GetProperty("code").GetString()!);
        Assert.All(TestCorpus.Offers, o =>
        {
            var lieu = o.GetProperty("lieuTravail");
            var libelle = lieu.Str("libelle")!;
            Assert.Matches(@"^(\d[\dAB]|97\d) - \S", libelle);
            if (lieu.Str("commune") is not { } code)
            {
                return;
            }

            var c = communes.IndexOf(code);
            Assert.Equal(referentiel[code].Str("codeDepartement"), libelle.Split(" - ")[0]);
            Assert.Contains(lieu.Str("codePostal"), communes.CodesPostaux[c]);
            Assert.Equal(communes.Latitude[c], lieu.GetProperty("latitude").GetDouble());
            Assert.Equal(communes.Longitude[c], lieu.GetProperty("longitude").GetDouble());
        });
        Assert.Contains(TestCorpus.Offers, o => o.Str("lieuTravail", "libelle") is { } l && l.Contains("(Haute)", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_SalaryLibellesUseTheRealFormats()
    {
        var libelles = TestCorpus.Offers.Select(o => o.Str("salaire", "libelle")).OfType<string>().ToArray();

        Assert.All(libelles, l => Assert.Matches(SalaryPattern(), l));
        Assert.Contains(libelles, l => Regex.IsMatch(l, @"^Annuel de \d+\.0 Euros à \d+\.0 Euros sur 12\.0 mois$"));
        Assert.Contains(libelles, l => Regex.IsMatch(l, @"^Mensuel de \d+\.00 Euros sur 1[23] mois$"));
        Assert.Contains(libelles, l => Regex.IsMatch(l, @"^Horaire de \d+\.\d+ Euros$"));
        Assert.Contains(libelles, l => Regex.IsMatch(l, @"^\w+ de \d+,\d\d Euros"));
        Assert.Contains(TestCorpus.Offers, o => o.Str("salaire", "commentaire") is { } c && c.Contains("k€ brut annuel", StringComparison.Ordinal));
        Assert.Contains(TestCorpus.Offers, o => o.GetProperty("salaire").EnumerateObject().Any() is false);
    }

    [Fact]
    public void Write_TypeContratLibelleStatesTheContractLength() =>
        Assert.All(TestCorpus.Offers, o =>
        {
            var libelle = o.Str("typeContratLibelle")!;
            if (o.Str("typeContrat") is "CDD" or "MIS" or "SAI")
            {
                Assert.Matches(@" - \d+ (Mois|Jour\(s\))$", libelle);
            }
        });

    [Fact]
    public void Write_QualificationLabelMatchesItsCode() =>
        Assert.All(TestCorpus.Offers.Where(o => o.Str("qualificationCode") is not null), o =>
            Assert.Equal(
                o.Str("qualificationCode") switch { "9" => "Cadre", "7" => "Technicien", "1" => "Manœuvre", _ => o.Str("qualificationLibelle") },
                o.Str("qualificationLibelle")));

    [Fact]
    public void Write_FranceTravailContactsUseTheApplyLinkConvention()
    {
        var courriels = TestCorpus.Offers.Select(o => (Id: o.Str("id"), Mail: o.Str("contact", "courriel"))).Where(p => p.Mail is not null).ToArray();

        Assert.NotEmpty(courriels);
        Assert.All(courriels, p => Assert.Equal("Pour postuler, utiliser le lien suivant : " + OffreJsonWriter.DetailUrl + p.Id, p.Mail));
    }

    [Fact]
    public void Write_IndexOutOfRange_Throws()
    {
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);

        Assert.Throws<ArgumentOutOfRangeException>(() => OffreJsonWriter.Write(writer, TestCorpus.Corpus, TestCorpus.Corpus.Count));
    }

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(Mensuel|Annuel|Horaire|Cachet) de \d+[.,]\d+ Euros( à \d+[.,]\d+ Euros)?( sur 1[23](\.0)? mois)?$")]
    private static partial Regex SalaryPattern();
}
