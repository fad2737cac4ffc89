using System.Web;
using OffresEmploi.Sdk.Models;
using Snapshooter.Xunit3;

namespace OffresEmploi.Sdk.Tests.Wire;

public class SearchRequestWireTests
{
    /// <summary>A search that sets every parameter of the spec.</summary>
    private static OffresSearchRequest EveryParameter() => new()
    {
        Range = "0-149",
        Sort = Sort.DateCreation,
        Domaine = "M18",
        CodeRome = ["M1805", "M1810"],
        Appellation = "38444",
        Theme = "12",
        SecteurActivite = ["62", "63"],
        CodeNaf = ["62.01Z", "62.02A"],
        Experience = Experience.UnATroisAns,
        ExperienceExigence = ExperienceExigence.DebutantAccepte,
        TypeContrat = [TypeContrat.Cdi, TypeContrat.Cdd],
        NatureContrat = [NatureContrat.FromValue("E2"), NatureContrat.FromValue("FS")],
        OrigineOffre = Origine.FranceTravail,
        Qualification = Qualification.Cadre,
        TempsPlein = true,
        Commune = ["69383", "69123"],
        Distance = 10,
        Departement = ["69", "2A"],
        InclureLimitrophes = false,
        Region = "84",
        PaysContinent = "01",
        NiveauFormation = "NV3",
        Permis = "B",
        MotsCles = ["développeur", ".NET", "C#"],
        SalaireMin = 2500.5,
        PeriodeSalaire = PeriodeSalaire.Mensuel,
        AccesTravailleurHandicape = true,
        PublieeDepuis = 7,
        MinCreationDate = new DateTimeOffset(2025, 9, 1, 10, 30, 15, 123, TimeSpan.FromHours(2)),
        MaxCreationDate = new DateTimeOffset(2025, 9, 30, 23, 59, 59, 999, TimeSpan.Zero),
        OffresMrs = false,
        GrandDomaine = GrandDomaine.FromValue("M18"),
        Partenaires = ["LABONNEALTERNANCE", "PARTENAIRE1"],
        ModeSelectionPartenaires = ModeSelectionPartenaires.Exclu,
        DureeHebdoMin = "0800",
        DureeHebdoMax = "3500",
        DureeContratMin = 0.5,
        DureeContratMax = 24,
        DureeHebdo = DureeHebdo.TempsPlein,
        OffresManqueCandidats = true,
        EntreprisesAdaptees = false,
        EmployeursHandiEngages = true,
    };

    private static async Task<Uri> SendAsync(OffresSearchRequest request)
    {
        var handler = new CapturingHandler(body: "{}");
        await ApiClientFactory.Create(handler).SearchAsync(request, TestContext.Current.CancellationToken);
        return handler.LastRequest.RequestUri!;
    }

    [Fact]
    public async Task SearchAsync_EveryParameter_MatchesSnapshot()
    {
        var uri = await SendAsync(EveryParameter());

        Snapshot.Match(uri.AbsoluteUri);
    }

    [Fact]
    public async Task SearchAsync_EveryParameter_SendsEachParameterOnceInTheApiFormat()
    {
        var uri = await SendAsync(EveryParameter());
        var query = HttpUtility.ParseQueryString(uri.Query);

        Assert.Equal("/partenaire/offresdemploi/v2/offres/search", uri.AbsolutePath);
        Assert.Equal(42, query.Count);
        Assert.All(query.AllKeys, key => Assert.Single(query.GetValues(key)!));

        // Lists are one comma-joined value; codes go by their code.
        Assert.Equal("M1805,M1810", query["codeROME"]);
        Assert.Equal("CDI,CDD", query["typeContrat"]);
        Assert.Equal("E2,FS", query["natureContrat"]);
        Assert.Equal("69,2A", query["departement"]);
        Assert.Equal("développeur,.NET,C#", query["motsCles"]);

        // Booleans in lower case.
        Assert.Equal("true", query["tempsPlein"]);
        Assert.Equal("false", query["inclureLimitrophes"]);
        Assert.Equal("false", query["offresMRS"]);

        // Dates in UTC, without milliseconds.
        Assert.Equal("2025-09-01T08:30:15Z", query["minCreationDate"]);
        Assert.Equal("2025-09-30T23:59:59Z", query["maxCreationDate"]);

        // Numbers in the invariant culture.
        Assert.Equal("2500.5", query["salaireMin"]);
        Assert.Equal("0.5", query["dureeContratMin"]);
        Assert.Equal("24", query["dureeContratMax"]);
        Assert.Equal("10", query["distance"]);

        // The API's spelling: no trailing space on dureeHebdo, upper-case acronyms kept.
        Assert.Equal("1", query["dureeHebdo"]);
        Assert.Null(query["dureeHebdo "]);
        Assert.Equal("62.01Z,62.02A", query["codeNAF"]);
        Assert.Equal("EXCLU", query["modeSelectionPartenaires"]);
        Assert.Equal("1", query["sort"]);
        Assert.Equal("0-149", query["range"]);
    }

    [Fact]
    public async Task SearchAsync_EveryParameter_EscapesReservedCharacters()
    {
        var uri = await SendAsync(EveryParameter());

        // '#' would end the URL and '+' would decode as a space: both must be percent-encoded.
        Assert.Contains("motsCles=d%C3%A9veloppeur%2C.NET%2CC%23", uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("minCreationDate=2025-09-01T08%3A30%3A15Z", uri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_EmptyRequest_SendsNoQuery()
    {
        var uri = await SendAsync(new OffresSearchRequest());

        Assert.Equal("https://api.francetravail.io/partenaire/offresdemploi/v2/offres/search", uri.AbsoluteUri);
    }

    [Fact]
    public async Task SearchAsync_UnknownCode_IsSentAsIs()
    {
        var uri = await SendAsync(new OffresSearchRequest { TypeContrat = ["DDT"], Experience = "4" });
        var query = HttpUtility.ParseQueryString(uri.Query);

        Assert.Equal("DDT", query["typeContrat"]);
        Assert.Equal("4", query["experience"]);
    }

    [Fact]
    public async Task SearchAsync_LocalAndUtcDates_AreBothSentInUtc()
    {
        var local = new DateTimeOffset(2025, 1, 15, 0, 0, 0, TimeSpan.FromHours(-5));

        var uri = await SendAsync(new OffresSearchRequest { MinCreationDate = local, MaxCreationDate = local.ToUniversalTime() });
        var query = HttpUtility.ParseQueryString(uri.Query);

        Assert.Equal("2025-01-15T05:00:00Z", query["minCreationDate"]);
        Assert.Equal(query["minCreationDate"], query["maxCreationDate"]);
    }

    [Fact]
    public void OffresSearchRequest_With_CopiesAndChangesOneProperty()
    {
        var original = new OffresSearchRequest { CodeRome = ["M1805"], Range = "0-149" };

        var next = original with { Range = "150-299" };

        Assert.Equal("150-299", next.Range);
        Assert.Same(original.CodeRome, next.CodeRome);
        Assert.Equal("0-149", original.Range);
    }
}
