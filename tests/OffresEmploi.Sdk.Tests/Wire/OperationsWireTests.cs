using System.Net;
using OffresEmploi.Testing;

namespace OffresEmploi.Sdk.Tests.Wire;

public class OperationsWireTests
{
    [Fact]
    public async Task GetOffreAsync_Id_IsEscapedIntoThePath()
    {
        var handler = new CapturingHandler(body: RepositoryFiles.ReadResponse("offre.json"));

        using var response = await ApiClientFactory.Create(handler).GetOffreAsync("201 KX/T", TestContext.Current.CancellationToken);

        Assert.Equal(HttpMethod.Get, handler.LastRequest.Method);
        Assert.Equal("/partenaire/offresdemploi/v2/offres/201%20KX%2FT", handler.LastRequest.RequestUri!.AbsolutePath);
        Assert.True(response.IsSuccessful);
        Assert.NotNull(response.Content);
    }

    [Fact]
    public async Task GetTypesContratsAsync_ReadsTheReferentiel()
    {
        var handler = new CapturingHandler(body: RepositoryFiles.ReadResponse("referentiel-typesContrats.json"));

        using var response = await ApiClientFactory.Create(handler).GetTypesContratsAsync(TestContext.Current.CancellationToken);

        Assert.Equal("https://api.francetravail.io/partenaire/offresdemploi/v2/referentiel/typesContrats", handler.LastRequest.RequestUri!.AbsoluteUri);
        Assert.Equal(11, response.Content!.Count);
        Assert.Contains(response.Content, item => item.Code == "CDI" && item.Libelle == "Contrat à durée indéterminée");
    }

    [Fact]
    public async Task SearchAsync_PartialContent_KeepsStatusAndContentRangeVisible()
    {
        var handler = new CapturingHandler(HttpStatusCode.PartialContent, RepositoryFiles.ReadResponse("search-page.json"));
        handler.ResponseHeaders["Content-Range"] = "offres 0-4/1287";

        using var response = await ApiClientFactory.Create(handler).SearchAsync(new() { Range = "0-4" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.True(response.IsSuccessful);
        Assert.Equal("offres 0-4/1287", Assert.Single(response.ContentHeaders!.GetValues("Content-Range")));
        Assert.Equal(5, response.Content!.Resultats!.Count);
    }

    [Fact]
    public async Task SearchAsync_NoContent_IsSuccessfulWithoutBody()
    {
        var handler = new CapturingHandler(HttpStatusCode.NoContent);

        using var response = await ApiClientFactory.Create(handler).SearchAsync(new(), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Null(response.Content);
        Assert.Null(response.Error);
    }

    [Fact]
    public async Task SearchAsync_BadRequest_ReturnsTheErrorWithoutThrowing()
    {
        var body = RepositoryFiles.ReadResponse("error-400-range.json");
        var handler = new CapturingHandler(HttpStatusCode.BadRequest, body);

        using var response = await ApiClientFactory.Create(handler).SearchAsync(new() { Range = "0-500" }, TestContext.Current.CancellationToken);

        Assert.False(response.IsSuccessful);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.IsType<Refit.ApiException>(response.Error);
        Assert.Equal(body, error.Content);
    }
}
