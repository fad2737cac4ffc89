using System.Net;
using System.Text.Json;

namespace OffresEmploi.Sandbox.Tests.Http;

public class SearchRangeTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static SandboxTestClient CreateSut(int corpusSize, bool legacy = false)
    {
        var options = SandboxTestClient.CreateOptions(corpusSize);
        options.LegacyRange = legacy;
        return new SandboxTestClient(options);
    }

    private static string? ContentRange(HttpResponseMessage response) =>
        response.Content.Headers.TryGetValues("Content-Range", out var values) ? values.Single() : null;

    private static async Task<int> CountResultsAsync(HttpResponseMessage response)
    {
        using var json = await SandboxTestClient.ReadJsonAsync(response);
        return json.RootElement.GetProperty("resultats").GetArrayLength();
    }

    [Fact]
    public async Task Search_NoRange_Returns0To149As206()
    {
        using var sut = CreateSut(300);

        using var response = await sut.GetAuthorizedAsync("v2/offres/search");

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("offres 0-149/300", ContentRange(response));
        Assert.Equal("150", Assert.Single(response.Headers.GetValues("Accept-Range")));
        Assert.Equal(150, await CountResultsAsync(response));
    }

    [Fact]
    public async Task Search_PageEndingTheSet_Returns200()
    {
        using var sut = CreateSut(300);

        using var response = await sut.GetAuthorizedAsync("v2/offres/search?range=150-299");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("offres 150-299/300", ContentRange(response));
    }

    [Fact]
    public async Task Search_PagePastTheEnd_IsClampedToTheLastIndexWith200()
    {
        using var sut = CreateSut(200);

        using var response = await sut.GetAuthorizedAsync("v2/offres/search?range=150-299");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("offres 150-199/200", ContentRange(response));
        Assert.Equal(50, await CountResultsAsync(response));
    }

    [Fact]
    public async Task Search_SmallWindow_ReturnsExactlyThatWindow()
    {
        using var sut = CreateSut(300);

        using var response = await sut.GetAuthorizedAsync("v2/offres/search?range=10-14");

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("offres 10-14/300", ContentRange(response));
        Assert.Equal(5, await CountResultsAsync(response));
    }

    [Fact]
    public async Task Search_ConsecutivePages_DoNotOverlap()
    {
        using var sut = CreateSut(300);

        using var first = await sut.GetAuthorizedAsync("v2/offres/search?range=0-149");
        using var second = await sut.GetAuthorizedAsync("v2/offres/search?range=150-299");
        using var a = await SandboxTestClient.ReadJsonAsync(first);
        using var b = await SandboxTestClient.ReadJsonAsync(second);
        var ids = a.RootElement.GetProperty("resultats").EnumerateArray()
            .Concat(b.RootElement.GetProperty("resultats").EnumerateArray())
            .Select(o => o.GetProperty("id").GetString())
            .ToList();

        Assert.Equal(300, ids.Distinct().Count());
    }

    [Fact]
    public async Task Search_NothingMatches_Returns204WithStarZeroAndNoBody()
    {
        using var sut = CreateSut(0);

        using var response = await sut.GetAuthorizedAsync("v2/offres/search");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("offres */0", ContentRange(response));
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Token));
    }

    [Fact]
    public async Task Search_StartBeyondTheTotal_Returns204WithTheTotal()
    {
        using var sut = CreateSut(200);

        using var response = await sut.GetAuthorizedAsync("v2/offres/search?range=300-449");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("offres */200", ContentRange(response));
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Token));
    }

    [Fact]
    public async Task Search_LastReachableWindow_Returns206WhenMoreExist()
    {
        using var sut = CreateSut(3300);

        using var response = await sut.GetAuthorizedAsync("v2/offres/search?range=3000-3149");

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("offres 3000-3149/3300", ContentRange(response));
    }

    [Theory]
    [InlineData("0-150", "La plage de résultats demandée est trop importante.")]
    [InlineData("100-300", "La plage de résultats demandée est trop importante.")]
    [InlineData("3001-3010", "La position de début doit être inférieure ou égale à 3000.")]
    [InlineData("abc", "Format du paramètre « range » incorrect. <entier>-<entier> attendu.")]
    [InlineData("10", "Format du paramètre « range » incorrect. <entier>-<entier> attendu.")]
    [InlineData("-1-5", "Format du paramètre « range » incorrect. <entier>-<entier> attendu.")]
    [InlineData("0-99999999999", "Format du paramètre « range » incorrect. <entier>-<entier> attendu.")]
    [InlineData("20-10", "La position de début doit être inférieure ou égale à la position de fin.")]
    public async Task Search_BadRange_Returns400WithTheApiMessage(string range, string message)
    {
        using var sut = CreateSut(10);

        using var response = await sut.GetAuthorizedAsync("v2/offres/search?range=" + Uri.EscapeDataString(range));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, await SandboxTestClient.ReadMessageAsync(response));
    }

    [Fact]
    public async Task Search_LegacyProfile_CapsTheStartAt1000()
    {
        using var sut = CreateSut(10, legacy: true);

        using var refused = await sut.GetAuthorizedAsync("v2/offres/search?range=1001-1010");
        using var accepted = await sut.GetAuthorizedAsync("v2/offres/search?range=1000-1149");

        Assert.Equal("La position de début doit être inférieure ou égale à 1000.", await SandboxTestClient.ReadMessageAsync(refused));
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
    }

    [Fact]
    public async Task Search_Body_HasResultatsAndFiltresPossibles()
    {
        using var sut = CreateSut(20);

        using var response = await sut.GetAuthorizedAsync("v2/offres/search?range=0-4");
        using var json = await SandboxTestClient.ReadJsonAsync(response);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("resultats").ValueKind);
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("filtresPossibles").ValueKind);
    }
}
