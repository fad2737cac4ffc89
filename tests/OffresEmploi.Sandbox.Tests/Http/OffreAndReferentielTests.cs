using System.Net;
using System.Text.Json;
using OffresEmploi.Sandbox.Data;

namespace OffresEmploi.Sandbox.Tests.Http;

public class OffreAndReferentielTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task<string> FirstIdAsync(SandboxTestClient sut)
    {
        using var search = await sut.GetAuthorizedAsync("v2/offres/search?range=0-0");
        using var json = await SandboxTestClient.ReadJsonAsync(search);
        return json.RootElement.GetProperty("resultats")[0].GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task GetOffre_KnownId_Returns200WithTheSameOfferAsTheSearch()
    {
        using var sut = new SandboxTestClient();
        var id = await FirstIdAsync(sut);

        using var response = await sut.GetAuthorizedAsync("v2/offres/" + id);
        using var json = await SandboxTestClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(id, json.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task GetOffre_UnknownWellFormedId_Returns204WithoutBody()
    {
        using var sut = new SandboxTestClient();
        var id = await FirstIdAsync(sut);
        var unknown = id == "0000000" ? "0000001" : "0000000";

        using var response = await sut.GetAuthorizedAsync("v2/offres/" + unknown);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Token));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("12345678")]
    [InlineData("048KL-P")]
    public async Task GetOffre_MalformedId_Returns400WithTheApiMessage(string id)
    {
        using var sut = new SandboxTestClient();

        using var response = await sut.GetAuthorizedAsync("v2/offres/" + id);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Le format de l'id de l'offre recherchée est incorrect.", await SandboxTestClient.ReadMessageAsync(response));
    }

    public static TheoryData<string> ReferentielNames => [.. ReferentielData.Names];

    [Theory]
    [MemberData(nameof(ReferentielNames))]
    public async Task GetReferentiel_EachName_Returns200WithAJsonArray(string name)
    {
        using var sut = new SandboxTestClient();

        using var response = await sut.GetAuthorizedAsync("v2/referentiel/" + name);
        using var json = await SandboxTestClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
    }

    [Fact]
    public void ReferentielNames_AreTheSixteenOfTheApi() => Assert.Equal(16, ReferentielData.Names.Count);

    [Theory]
    [InlineData("v2/referentiel/typescontrats")]
    [InlineData("v2/referentiel/")]
    [InlineData("v2/offres/")]
    [InlineData("v1/offres/search")]
    [InlineData("v2/offres/search/extra")]
    public async Task Get_UnroutedPath_Returns404(string path)
    {
        using var sut = new SandboxTestClient();

        using var response = await sut.GetAuthorizedAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_ToSearch_IsMethodNotAllowed()
    {
        using var sut = new SandboxTestClient();
        var token = await sut.GetTokenAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "v2/offres/search");
        request.Headers.Authorization = new("Bearer", token);

        using var response = await sut.Http.SendAsync(request, Token);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
