using System.Text.Json;
using OffresEmploi.Sdk.Authentication;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Serialization;
using OffresEmploi.Testing;

namespace OffresEmploi.Sdk.Tests.Serialization;

public class FixtureDeserializationTests
{
    private static ResultatRecherche SearchPage() =>
        JsonSerializer.Deserialize(RepositoryFiles.ReadResponse("search-page.json"), OffresEmploiJsonContext.Default.ResultatRecherche)!;

    private static Offre Offer(string id) => SearchPage().Resultats!.Single(o => o.Id == id);

    [Fact]
    public void SearchPage_Deserialises_AllOffersAndFilters()
    {
        var page = SearchPage();

        Assert.Equal(["201KXRT", "201JQWM", "201HBZC", "0671234", "201GMNP"], page.Resultats!.Select(o => o.Id));
        Assert.Equal(["typeContrat", "experience", "qualification", "natureContrat"], page.FiltresPossibles!.Select(f => f.Filtre));
        Assert.All(page.FiltresPossibles!, filter => Assert.Equal(1287, filter.Agregation!.Sum(a => a.NbResultats)));
    }

    [Fact]
    public void SearchPage_DatesWithAndWithoutMilliseconds_AreParsedAsUtc()
    {
        Assert.Equal(new DateTimeOffset(2025, 9, 12, 8, 41, 17, 284, TimeSpan.Zero), Offer("201KXRT").DateCreation);
        Assert.Equal(new DateTimeOffset(2025, 9, 11, 15, 20, 0, TimeSpan.Zero), Offer("201JQWM").DateCreation);
        Assert.Equal(TimeSpan.Zero, Offer("201JQWM").DateCreation!.Value.Offset);
    }

    [Fact]
    public void SearchPage_MissingAndEmptyBlocks_AreNullOrEmptyObjects()
    {
        var sparse = Offer("201HBZC");
        Assert.Null(sparse.DateActualisation);
        Assert.Null(sparse.Contact);
        Assert.Null(sparse.Agence);
        Assert.Equal(new Salaire(), sparse.Salaire);
        Assert.Equal("31 - Haute Garonne", sparse.LieuTravail!.Libelle);
        Assert.Null(sparse.LieuTravail.Latitude);
        Assert.Null(sparse.LieuTravail.Commune);

        var apprentice = Offer("201JQWM");
        Assert.Equal(new Agence(), apprentice.Agence);
        Assert.Equal(new ContexteTravail(), apprentice.ContexteTravail);
        Assert.Contains(apprentice.Competences!, c => c.Code is null && c.Libelle is not null);
    }

    [Fact]
    public void SearchPage_UnknownMember_IsIgnored()
    {
        var json = RepositoryFiles.ReadResponse("search-page.json");
        Assert.Contains("\"indicateurTeletravail\"", json, StringComparison.Ordinal);

        var offer = Offer("201KXRT");

        Assert.Equal("Développeur / Développeuse .NET (H/F)", offer.Intitule);
        Assert.Equal(2, offer.Salaire!.ListeComplements!.Count);
    }

    [Fact]
    public void SearchPage_UnknownCodes_AreKeptAndRoundTrip()
    {
        var page = SearchPage();
        var unknownContract = Offer("201HBZC").TypeContrat!.Value;

        Assert.Equal("XYZ", unknownContract.Value);
        Assert.False(unknownContract.IsKnown);
        Assert.Null(unknownContract.Label);

        var serialized = JsonSerializer.Serialize(page, OffresEmploiJsonContext.Default.ResultatRecherche);
        var again = JsonSerializer.Deserialize(serialized, OffresEmploiJsonContext.Default.ResultatRecherche)!;
        Assert.Equal(unknownContract, again.Resultats!.Single(o => o.Id == "201HBZC").TypeContrat);
        Assert.Contains("\"typeContrat\":\"XYZ\"", serialized, StringComparison.Ordinal);
    }

    [Fact]
    public void SearchPage_NatureContrat_IsTheLabelAndMapsBackToItsCode()
    {
        var offer = Offer("201HBZC");

        Assert.Equal("Insertion par l'activ.éco.", offer.NatureContrat);
        Assert.True(NatureContrat.TryFromLabel(offer.NatureContrat, out var nature));
        Assert.Equal("I1", nature.Value);
        Assert.Equal(offer.NatureContrat, nature.Label);
    }

    [Fact]
    public void SearchPage_PartnerOffer_HasOriginAndPartners()
    {
        var origin = Offer("0671234").OrigineOffre!;

        Assert.Equal(Origine.Partenaire, origin.Origine);
        Assert.Equal("EMPLOIPARTENAIRE", Assert.Single(origin.Partenaires!).Nom);
    }

    [Fact]
    public void Offre_EveryMember_IsMapped()
    {
        var offer = JsonSerializer.Deserialize(RepositoryFiles.ReadResponse("offre.json"), OffresEmploiJsonContext.Default.Offre)!;

        Assert.NotNull(offer.Id);
        Assert.NotNull(offer.LieuTravail?.Latitude);
        Assert.NotNull(offer.Entreprise?.Nom);
        Assert.NotEmpty(offer.Formations!);
        Assert.NotEmpty(offer.Langues!);
        Assert.NotEmpty(offer.Permis!);
        Assert.NotEmpty(offer.Competences!);
        Assert.NotEmpty(offer.QualitesProfessionnelles!);
        Assert.NotNull(offer.Contact?.Courriel);
        Assert.NotNull(offer.Agence?.Telephone);
        Assert.NotNull(offer.DeplacementCode);
        Assert.NotNull(offer.QualificationCode);
        Assert.NotNull(offer.ExperienceExige);
        Assert.True(offer.TypeContrat!.Value.IsKnown);
    }

    [Fact]
    public void OffrePartenaire_EmptyBlocks_AreEmptyObjects()
    {
        var offer = JsonSerializer.Deserialize(RepositoryFiles.ReadResponse("offre-partenaire.json"), OffresEmploiJsonContext.Default.Offre)!;

        Assert.Equal(new Salaire(), offer.Salaire);
        Assert.Equal(new ContexteTravail(), offer.ContexteTravail);
        Assert.Equal(2, offer.OrigineOffre!.Partenaires!.Count);
        Assert.Null(offer.OrigineOffre.Partenaires[1].Logo);
    }

    [Fact]
    public void Referentiels_Deserialise_WithNestedRegions()
    {
        var departements = JsonSerializer.Deserialize(RepositoryFiles.ReadResponse("referentiel-departements.json"), OffresEmploiJsonContext.Default.IReadOnlyListDepartement)!;
        var communes = JsonSerializer.Deserialize(RepositoryFiles.ReadResponse("referentiel-communes.json"), OffresEmploiJsonContext.Default.IReadOnlyListCommune)!;
        var regions = JsonSerializer.Deserialize(RepositoryFiles.ReadResponse("referentiel-regions.json"), OffresEmploiJsonContext.Default.IReadOnlyListRegion)!;

        Assert.Equal("Corse", departements.Single(d => d.Code == "2A").Region!.Libelle);
        Assert.Contains(communes, c => c.Code == "2A004");
        Assert.Equal(18, regions.Count);
    }

    [Fact]
    public void Errors_Deserialise_ApiAndOAuthBodies()
    {
        var badRequest = JsonSerializer.Deserialize(RepositoryFiles.ReadResponse("error-400-range.json"), OffresEmploiJsonContext.Default.ErreurApi)!;
        var serverError = JsonSerializer.Deserialize(RepositoryFiles.ReadResponse("error-500.json"), OffresEmploiJsonContext.Default.ErreurApi)!;
        var oauth = JsonSerializer.Deserialize(RepositoryFiles.ReadResponse("token-error-invalid-client.json"), AuthenticationJsonContext.Default.OAuthErrorResponse)!;

        Assert.Equal(400, badRequest.CodeHttp);
        Assert.Equal("La plage de résultats demandée est trop importante.", badRequest.Message);
        Assert.Equal(500, serverError.CodeHttp);
        Assert.Equal("invalid_client", oauth.Error);
        Assert.Equal("Client authentication failed", oauth.ErrorDescription);
    }

    [Fact]
    public void Token_Deserialises_SnakeCaseMembers()
    {
        var token = JsonSerializer.Deserialize(RepositoryFiles.ReadResponse("token.json"), AuthenticationJsonContext.Default.TokenResponse)!;

        Assert.Equal(1499, token.ExpiresIn);
        Assert.Equal("Bearer", token.TokenType);
        Assert.Equal("api_offresdemploiv2 o2dsoffre", token.Scope);
        Assert.False(string.IsNullOrEmpty(token.AccessToken));
    }
}
