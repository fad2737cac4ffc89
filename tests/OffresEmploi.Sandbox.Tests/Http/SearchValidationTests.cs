using System.Globalization;
using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace OffresEmploi.Sandbox.Tests.Http;

public class SearchValidationTests
{
    public static TheoryData<string, string> BadQueries => new()
    {
        { "motsCles=a", "Format du paramètre « motsCles » incorrect. 7 mots-clé au maximum séparés par des virgules et d'au moins 2 caractères." },
        { "motsCles=un,deux,trois,quatre,cinq,six,sept,huit", "Format du paramètre « motsCles » incorrect. 7 mots-clé au maximum séparés par des virgules et d'au moins 2 caractères." },
        { "motsCles=java,%3Cscript%3E", "Format du paramètre « motsCles » incorrect. 7 mots-clé au maximum séparés par des virgules et d'au moins 2 caractères." },
        { "experienceExigence=X", "Format du paramètre « experienceExigence » incorrect. D, E ou S attendu." },
        { "typeContrat=CDI,XYZ", "Valeur du paramètre « typeContrat » incorrecte." },
        { "natureContrat=ZZ", "Valeur du paramètre « natureContrat » incorrecte." },
        { "commune=00000", "Valeur du paramètre « commune » incorrecte." },
        { "departement=999", "Valeur du paramètre « departement » incorrecte." },
        { "region=99", "Valeur du paramètre « region » incorrecte." },
        { "tempsPlein=oui", "Format du paramètre « tempsPlein » incorrect. Booléen attendu." },
        { "grandDomaine=Z", "Format du paramètre « grandDomaine » incorrect. A, B, C, C15, D, E, F, G, H, I, J, K, L, L14, M15, M18, M, M16, M17, M13, M14 ou N attendu." },
        { "sort=3", "Format du paramètre « sort » incorrect. 0, 1 ou 2 attendu." },
        { "experience=5", "Format du paramètre « experience » incorrect. 0, 1, 2 ou 3 attendu." },
        { "qualification=X", "Format du paramètre « qualification » incorrect. 0 ou 9 attendu." },
        { "origineOffre=3", "Format du paramètre « origineOffre » incorrect. 1 ou 2 attendu." },
        { "domaine=ZZZ", "Valeur du paramètre « domaine » incorrecte." },
        { "theme=99", "Valeur du paramètre « theme » incorrecte." },
        { "codeROME=Z9999", "Valeur du paramètre « codeROME » incorrecte." },
        { "appellation=0", "Valeur du paramètre « appellation » incorrecte." },
        { "secteurActivite=00", "Valeur du paramètre « secteurActivite » incorrecte." },
        { "secteurActivite=01,02,03", "Format du paramètre « secteurActivite » incorrect. 2 valeurs au maximum séparées par des virgules." },
        { "codeNAF=6202A", "Format du paramètre « codeNAF » incorrect. 99.99X attendu." },
        { "codeNAF=01.11Z,01.12Z,01.13Z", "Format du paramètre « codeNAF » incorrect. 2 valeurs au maximum séparées par des virgules." },
        { "niveauFormation=NV9", "Valeur du paramètre « niveauFormation » incorrecte." },
        { "permis=Z", "Valeur du paramètre « permis » incorrecte." },
        { "paysContinent=ZZZ", "Valeur du paramètre « paysContinent » incorrecte." },
        { "distance=-1", "Format du paramètre « distance » incorrect. Entier positif attendu." },
        { "publieeDepuis=0", "Format du paramètre « publieeDepuis » incorrect. Entier positif attendu." },
        { "publieeDepuis=hier", "Format du paramètre « publieeDepuis » incorrect. Entier positif attendu." },
        { "inclureLimitrophes=1", "Format du paramètre « inclureLimitrophes » incorrect. Booléen attendu." },
        { "accesTravailleurHandicape=yes", "Format du paramètre « accesTravailleurHandicape » incorrect. Booléen attendu." },
        { "offresMRS=vrai", "Format du paramètre « offresMRS » incorrect. Booléen attendu." },
        { "offresManqueCandidats=2", "Format du paramètre « offresManqueCandidats » incorrect. Booléen attendu." },
        { "entreprisesAdaptees=no", "Format du paramètre « entreprisesAdaptees » incorrect. Booléen attendu." },
        { "employeursHandiEngages=x", "Format du paramètre « employeursHandiEngages » incorrect. Booléen attendu." },
        { "salaireMin=beaucoup&periodeSalaire=M", "Format du paramètre « salaireMin » incorrect. Nombre attendu." },
        { "salaireMin=1400&periodeSalaire=J", "Format du paramètre « periodeSalaire » incorrect. M, A, H ou C attendu." },
        { "salaireMin=1400", "Le paramètre « periodeSalaire » est obligatoire lorsque « salaireMin » est renseigné." },
        { "periodeSalaire=M", "Le paramètre « salaireMin » est obligatoire lorsque « periodeSalaire » est renseigné." },
        { "minCreationDate=2026-01-01", "Format du paramètre « minCreationDate » incorrect. yyyy-MM-dd'T'hh:mm:ss'Z' attendu." },
        { "maxCreationDate=2026-01-01T00:00:00.000Z", "Format du paramètre « maxCreationDate » incorrect. yyyy-MM-dd'T'hh:mm:ss'Z' attendu." },
        { "minCreationDate=2026-02-01T00:00:00Z&maxCreationDate=2026-01-01T00:00:00Z", "Le paramètre « minCreationDate » doit être inférieur ou égal au paramètre « maxCreationDate »." },
        { "modeSelectionPartenaires=TOUS", "Format du paramètre « modeSelectionPartenaires » incorrect. INCLUS ou EXCLU attendu." },
        { "dureeHebdo=3", "Format du paramètre « dureeHebdo » incorrect. 0, 1 ou 2 attendu." },
        { "dureeHebdoMin=2575", "Format du paramètre « dureeHebdoMin » incorrect. HHMM attendu." },
        { "dureeHebdoMax=35h", "Format du paramètre « dureeHebdoMax » incorrect. HHMM attendu." },
        { "dureeHebdoMin=3500&dureeHebdoMax=2000", "Le paramètre « dureeHebdoMin » doit être inférieur ou égal au paramètre « dureeHebdoMax »." },
        { "dureeContratMin=100", "Format du paramètre « dureeContratMin » incorrect. Nombre décimal de 0 à 99 attendu." },
        { "dureeContratMax=six", "Format du paramètre « dureeContratMax » incorrect. Nombre décimal de 0 à 99 attendu." },
        { "dureeContratMin=12&dureeContratMax=6", "Le paramètre « dureeContratMin » doit être inférieur ou égal au paramètre « dureeContratMax »." },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task Search_BadParameter_Returns400WithTheApiMessage(string query, string message)
    {
        using var sut = new SandboxTestClient();

        using var response = await sut.GetAuthorizedAsync("v2/offres/search?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, await SandboxTestClient.ReadMessageAsync(response));
    }

    [Theory]
    [InlineData("codeROME", 200)]
    [InlineData("commune", 5)]
    [InlineData("departement", 5)]
    public async Task Search_TooManyValues_Returns400(string name, int max)
    {
        using var sut = new SandboxTestClient();
        var values = string.Join(',', Enumerable.Range(0, max + 1).Select(i => i.ToString("00000", CultureInfo.InvariantCulture)));

        using var response = await sut.GetAuthorizedAsync($"v2/offres/search?{name}={values}");

        Assert.Equal(
            $"Format du paramètre « {name} » incorrect. {max} valeurs au maximum séparées par des virgules.",
            await SandboxTestClient.ReadMessageAsync(response));
    }

    [Fact]
    public async Task Search_400Body_HasTheApiShapeWithATimestampCode()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 7, 31, 17, 10, 50, 117, TimeSpan.Zero));
        var options = SandboxTestClient.CreateOptions();
        options.TimeProvider = time;
        using var sut = new SandboxTestClient(options);

        using var response = await sut.GetAuthorizedAsync("v2/offres/search?range=0-150");
        using var json = await SandboxTestClient.ReadJsonAsync(response);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, json.RootElement.GetProperty("codeHttp").GetInt32());
        Assert.Equal("1722445850117", json.RootElement.GetProperty("codeErreur").GetString());
        Assert.Equal("La plage de résultats demandée est trop importante.", json.RootElement.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Search_ValidFilters_AreAccepted()
    {
        using var sut = new SandboxTestClient();
        const string query = "motsCles=développeur,C%23 .NET&typeContrat=CDI,CDD&natureContrat=E1&experience=2&experienceExigence=D"
            + "&qualification=9&origineOffre=1&tempsPlein=true&inclureLimitrophes=false&grandDomaine=M18"
            + "&salaireMin=2000.50&periodeSalaire=M&publieeDepuis=7&minCreationDate=2026-01-01T00:00:00Z&maxCreationDate=2026-03-01T00:00:00Z"
            + "&offresMRS=false&accesTravailleurHandicape=TRUE&dureeHebdo=1&dureeHebdoMin=800&dureeHebdoMax=3530"
            + "&dureeContratMin=0.5&dureeContratMax=24&partenaires=A,B&modeSelectionPartenaires=EXCLU&sort=1"
            + "&offresManqueCandidats=true&entreprisesAdaptees=false&employeursHandiEngages=true";

        using var response = await sut.GetAuthorizedAsync("v2/offres/search?" + query);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.PartialContent or HttpStatusCode.NoContent, response.StatusCode.ToString());
    }

    [Theory]
    [InlineData("page=3&size=20")]
    [InlineData("motsCles=")]
    [InlineData("distance=10")]
    public async Task Search_UnknownEmptyOrIgnoredParameters_AreAccepted(string query)
    {
        using var sut = new SandboxTestClient();

        using var response = await sut.GetAuthorizedAsync("v2/offres/search?range=0-0&" + query);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
    }
}
