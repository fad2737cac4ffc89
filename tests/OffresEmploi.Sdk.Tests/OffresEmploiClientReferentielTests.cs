using System.Net;
using OffresEmploi.Testing;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests;

public sealed class OffresEmploiClientReferentielTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string TypesContrats => RepositoryFiles.ReadResponse("referentiel-typesContrats.json");

    [Fact]
    public async Task GetReferentielAsync_SecondCall_IsServedFromCache()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Otherwise(_ => StubHttpHandler.Response(HttpStatusCode.OK, TypesContrats));
        using var sut = fake.CreateClient();

        var first = await sut.GetReferentielAsync("typesContrats", Ct);
        var second = await sut.GetTypesContratsAsync(Ct);

        Assert.Equal(11, first.Count);
        Assert.Contains(first, r => r.Code == "CDI");
        Assert.Same(first, second);
        Assert.Equal(1, fake.Api.Count);
        Assert.Equal("/partenaire/offresdemploi/v2/referentiel/typesContrats", fake.Api.Requests[0].Uri.AbsolutePath);
    }

    [Fact]
    public async Task GetReferentielAsync_AfterLifetime_IsFetchedAgain()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Otherwise(_ => StubHttpHandler.Response(HttpStatusCode.OK, TypesContrats));
        using var sut = fake.CreateClient(o => o.ReferentielCacheLifetime = TimeSpan.FromHours(1));

        _ = await sut.GetReferentielAsync("typesContrats", Ct);
        fake.Time.Advance(TimeSpan.FromMinutes(59));
        _ = await sut.GetReferentielAsync("typesContrats", Ct);
        Assert.Equal(1, fake.Api.Count);
        fake.Time.Advance(TimeSpan.FromMinutes(1));
        _ = await sut.GetReferentielAsync("typesContrats", Ct);

        Assert.Equal(2, fake.Api.Count);
    }

    [Fact]
    public async Task GetReferentielAsync_ConcurrentCallers_ShareOneRequest()
    {
        using var fake = new FakeFranceTravail();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = fake.Api.OtherwiseAwaiting(async (_, _) =>
        {
            await release.Task;
            return StubHttpHandler.Response(HttpStatusCode.OK, TypesContrats);
        });
        using var sut = fake.CreateClient();

        var calls = Enumerable.Range(0, 10).Select(_ => sut.GetReferentielAsync("typesContrats", Ct)).ToArray();
        await fake.Api.WaitForRequestsAsync(1, Ct);
        release.SetResult();
        var results = await Task.WhenAll(calls);

        Assert.Equal(1, fake.Api.Count);
        Assert.All(results, r => Assert.Same(results[0], r));
    }

    [Fact(Timeout = 30_000)]
    public async Task Referentiel_ConcurrentCallersOnEveryPath_ShareOneRequest()
    {
        var ct = TestContext.Current.CancellationToken;
        // The MCP server reads a referentiel through four doors (lookup_referentiel's typed and by-name lists, the
        // resources' JSON, the code/label list): all are one cache key, so a burst of first calls makes one request.
        using var fake = new FakeFranceTravail();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = fake.Api.OtherwiseAwaiting(async (_, _) =>
        {
            await release.Task;
            return StubHttpHandler.Response(HttpStatusCode.OK, RepositoryFiles.ReadResponse("referentiel-communes.json"));
        });
        using var sut = fake.CreateClient();

        Task[] calls =
        [
            sut.GetCommunesAsync(ct),
            sut.GetReferentielJsonAsync("communes", ct),
            sut.GetReferentielAsync("communes", ct),
            sut.GetCommunesAsync(ct),
            sut.GetReferentielJsonAsync("communes", ct),
        ];
        await fake.Api.WaitForRequestsAsync(1, ct);
        release.SetResult();
        await Task.WhenAll(calls);

        Assert.Equal(1, fake.Api.Count);
    }

    [Fact(Timeout = 30_000)]
    public async Task GetReferentielAsync_CallerCancelledDuringTheFetch_LeavesTheFetchToTheOthers()
    {
        var ct = TestContext.Current.CancellationToken;
        // An MCP client that gives up on its tool call must not cost the next caller a second request.
        using var fake = new FakeFranceTravail();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = fake.Api.OtherwiseAwaiting(async (_, _) =>
        {
            await release.Task;
            return StubHttpHandler.Response(HttpStatusCode.OK, TypesContrats);
        });
        using var sut = fake.CreateClient();
        using var cancelled = CancellationTokenSource.CreateLinkedTokenSource(ct);

        var first = sut.GetReferentielAsync("typesContrats", cancelled.Token);
        await fake.Api.WaitForRequestsAsync(1, ct);
        await cancelled.CancelAsync();
        _ = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        var second = sut.GetReferentielAsync("typesContrats", ct);
        release.SetResult();
        var items = await second;
        var third = await sut.GetTypesContratsAsync(ct);

        Assert.Equal(11, items.Count);
        Assert.Same(items, third);
        Assert.Equal(1, fake.Api.Count);
    }

    [Fact]
    public async Task GetReferentielAsync_Failure_IsNotCached()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Enqueue(HttpStatusCode.InternalServerError, """{"codeErreur":"X","codeHttp":500,"message":"down"}""")
            .Otherwise(_ => StubHttpHandler.Response(HttpStatusCode.OK, TypesContrats));
        using var sut = fake.CreateClient();

        _ = await Assert.ThrowsAsync<OffresEmploiException>(() => sut.GetReferentielAsync("typesContrats", Ct));
        var items = await sut.GetReferentielAsync("typesContrats", Ct);

        Assert.Equal(11, items.Count);
        Assert.Equal(2, fake.Api.Count);
    }

    [Fact]
    public async Task GetReferentielAsync_ZeroLifetime_DisablesCaching()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Otherwise(_ => StubHttpHandler.Response(HttpStatusCode.OK, TypesContrats));
        using var sut = fake.CreateClient(o => o.ReferentielCacheLifetime = TimeSpan.Zero);

        _ = await sut.GetReferentielAsync("typesContrats", Ct);
        _ = await sut.GetReferentielAsync("typesContrats", Ct);

        Assert.Equal(2, fake.Api.Count);
    }

    [Fact]
    public async Task GetReferentielAsync_UnknownName_ThrowsListingTheNames()
    {
        using var fake = new FakeFranceTravail();
        using var sut = fake.CreateClient();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => sut.GetReferentielAsync("domaine", Ct));

        Assert.Equal("name", ex.ParamName);
        Assert.Contains("domaines", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, fake.Api.Count);
    }

    [Fact]
    public async Task GetCommunesAsync_KeepsTypedFields_AndSharesCacheWithByName()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Otherwise(_ => StubHttpHandler.Response(HttpStatusCode.OK, RepositoryFiles.ReadResponse("referentiel-communes.json")));
        using var sut = fake.CreateClient();

        var communes = await sut.GetCommunesAsync(Ct);
        var byName = await sut.GetReferentielAsync("communes", Ct);

        Assert.Equal("01000", communes.Single(c => c.Code == "01053").CodePostal);
        Assert.Equal(communes.Select(c => (c.Code, c.Libelle)), byName.Select(r => (r.Code, r.Libelle)));
        Assert.Equal(1, fake.Api.Count);
    }

    [Fact]
    public async Task GetReferentielJsonAsync_Communes_KeepsEveryMemberAndSharesTheCache()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Otherwise(_ => StubHttpHandler.Response(HttpStatusCode.OK, RepositoryFiles.ReadResponse("referentiel-communes.json")));
        using var sut = fake.CreateClient();

        var json = await sut.GetReferentielJsonAsync("communes", Ct);
        var communes = await sut.GetCommunesAsync(Ct);

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var first = document.RootElement.EnumerateArray().Single(e => e.GetProperty("code").GetString() == "01053");
        Assert.Equal("01000", first.GetProperty("codePostal").GetString());
        Assert.Equal(communes.Count, document.RootElement.GetArrayLength());
        Assert.Equal(1, fake.Api.Count);
    }

    [Fact]
    public void ReferentielName_EveryKnownName_HasADescriptionAndIsAccepted()
    {
        Assert.Equal(OffresEmploiClient.ReferentielNames, Models.ReferentielName.KnownValues.Select(n => n.Value).Order(StringComparer.Ordinal));
        Assert.All(Models.ReferentielName.KnownValues, n => Assert.False(string.IsNullOrWhiteSpace(n.Label)));
        Assert.Equal("Contract types", Models.ReferentielName.TypesContrats.Label);
    }

    [Fact]
    public async Task GetDepartementsAsync_KeepsNestedRegion()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Otherwise(_ => StubHttpHandler.Response(HttpStatusCode.OK, RepositoryFiles.ReadResponse("referentiel-departements.json")));
        using var sut = fake.CreateClient();

        var departements = await sut.GetDepartementsAsync(Ct);

        Assert.Equal("84", departements.Single(d => d.Code == "01").Region?.Code);
    }

    [Fact]
    public void ReferentielNames_ListsTheSixteenPaths()
    {
        Assert.Equal(16, OffresEmploiClient.ReferentielNames.Count);
        Assert.Contains("secteursActivites", OffresEmploiClient.ReferentielNames);
        Assert.Contains("nafs", OffresEmploiClient.ReferentielNames);
    }
}
