using System.Net;
using OffresEmploi.Testing;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests;

public sealed class OffresEmploiClientOffreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetOffreAsync_Found_ReturnsTheOffer()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Enqueue(HttpStatusCode.OK, RepositoryFiles.ReadResponse("offre.json"));
        using var sut = fake.CreateClient();

        var offre = await sut.GetOffreAsync("201LPQS", Ct);

        Assert.Equal("201LPQS", offre?.Id);
        Assert.Equal("/partenaire/offresdemploi/v2/offres/201LPQS", fake.Api.Requests[0].Uri.AbsolutePath);
    }

    [Fact]
    public async Task GetOffreAsync_204_ReturnsNull()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Enqueue(HttpStatusCode.NoContent);
        using var sut = fake.CreateClient();

        Assert.Null(await sut.GetOffreAsync("0603040", Ct));
    }

    [Fact]
    public async Task GetOffreAsync_LowerCaseIdTheApiDoesNotKnow_IsAskedOnceMoreInUpperCase()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Enqueue(HttpStatusCode.NoContent).Enqueue(HttpStatusCode.OK, RepositoryFiles.ReadResponse("offre.json"));
        using var sut = fake.CreateClient();

        var offre = await sut.GetOffreAsync("201lpqs", Ct);

        Assert.Equal("201LPQS", offre?.Id);
        Assert.Equal(
            ["/partenaire/offresdemploi/v2/offres/201lpqs", "/partenaire/offresdemploi/v2/offres/201LPQS"],
            fake.Api.Requests.Select(r => r.Uri.AbsolutePath));
    }

    [Fact]
    public async Task GetOffreAsync_LowerCaseIdTheApiKnows_IsOneRequest()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Enqueue(HttpStatusCode.OK, RepositoryFiles.ReadResponse("offre.json"));
        using var sut = fake.CreateClient();

        Assert.NotNull(await sut.GetOffreAsync("201lpqs", Ct));
        Assert.Equal(1, fake.Api.Count);
    }

    [Fact]
    public async Task GetOffreAsync_UpperCaseIdNotFound_IsOneRequestAndNull()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Enqueue(HttpStatusCode.NoContent);
        using var sut = fake.CreateClient();

        Assert.Null(await sut.GetOffreAsync("0603040", Ct));
        Assert.Equal(1, fake.Api.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("abc/def")]
    [InlineData("../search")]
    [InlineData("201 LPQS")]
    [InlineData("201LPQS?x=1")]
    [InlineData("éèàùç")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456")]
    public async Task GetOffreAsync_MalformedId_ThrowsBeforeAnyRequest(string id)
    {
        using var fake = new FakeFranceTravail();
        using var sut = fake.CreateClient();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => sut.GetOffreAsync(id, Ct));

        Assert.Equal("id", ex.ParamName);
        Assert.Equal(0, fake.Api.Count + fake.Token.Count);
    }

    [Fact]
    public async Task GetOffreAsync_400_ThrowsWithApiMessage()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Enqueue(HttpStatusCode.BadRequest, """{"message":"Le format de l'id de l'offre recherchée est incorrect.","codeHttp":400,"codeErreur":"4000"}""");
        using var sut = fake.CreateClient();

        var ex = await Assert.ThrowsAsync<OffresEmploiException>(() => sut.GetOffreAsync("ZZZZZZZ", Ct));

        Assert.Equal(400, ex.Status);
        Assert.Equal("Le format de l'id de l'offre recherchée est incorrect.", ex.ApiMessage);
        Assert.StartsWith("The offer request failed.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetOffreAsync_SuccessWithUnreadableBody_ThrowsWithStatus()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Enqueue(HttpStatusCode.OK, "{ not json");
        using var sut = fake.CreateClient();

        var ex = await Assert.ThrowsAsync<OffresEmploiException>(() => sut.GetOffreAsync("201LPQS", Ct));

        Assert.Equal(200, ex.Status);
        Assert.Contains("could not be read", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.InnerException);
    }
}
