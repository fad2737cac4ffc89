using System.Net;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests;

public sealed class OffresEmploiClientPagingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<string?> Ranges(FakeFranceTravail fake) =>
        [.. fake.Api.Requests.Select(r => FakeFranceTravail.QueryValue(r.Uri, "range"))];

    [Fact]
    public async Task SearchAllAsync_ThreeWindows_YieldsEveryOfferOnceInOrder()
    {
        using var fake = new FakeFranceTravail();
        fake.ServeResultSet(total: 320);
        using var sut = fake.CreateClient();

        var ids = new List<string?>();
        await foreach (var offre in sut.SearchAllAsync(new OffresSearchRequest { Departement = ["74"] }, Ct).WithCancellation(Ct))
        {
            ids.Add(offre.Id);
        }

        Assert.Equal(Enumerable.Range(0, 320).Select(i => $"O{i}"), ids);
        Assert.Equal(["0-149", "150-299", "300-449"], Ranges(fake));
        Assert.All(fake.Api.Requests, r => Assert.Equal("74", FakeFranceTravail.QueryValue(r.Uri, "departement")));
    }

    [Fact]
    public async Task SearchAllAsync_OffersWithoutCreationDatePastTheCap_ThrowsIncompleteInsteadOfEndingShort()
    {
        // These offers carry no dateCreation: the set cannot be split by date, so 5,850 of them are out of reach.
        using var fake = new FakeFranceTravail();
        fake.ServeResultSet(total: 9000);
        using var sut = fake.CreateClient();

        var pages = new List<OffresPage>();
        var ex = await Assert.ThrowsAsync<OffresEmploiHarvestException>(async () =>
        {
            await foreach (var page in sut.SearchAllAsync(new OffresSearchRequest(), Ct).AsPages(Ct))
            {
                pages.Add(page);
            }
        });

        // Every reachable page came first; the stream then says it is short instead of ending quietly.
        Assert.Equal(3150, pages.Sum(p => p.Offres.Count));
        Assert.Equal(OffresEmploi.Sdk.Models.HarvestStopReason.Incomplete, ex.Reason);
        Assert.Equal(9000, ex.Reconciliation!.ExpectedTotal);
        Assert.Equal(3150, ex.Reconciliation.Yielded);
        Assert.Equal(5850, ex.Reconciliation.Unreachable);
        Assert.Contains("5850 of the 9000", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AsPages_AllowPartial_StopsAt3149AndFlagsTruncation()
    {
        using var fake = new FakeFranceTravail();
        fake.ServeResultSet(total: 9000);
        using var sut = fake.CreateClient();

        var pages = new List<OffresPage>();
        var pageable = sut.SearchAllAsync(new OffresSearchRequest(), new OffresEmploi.Sdk.HarvestOptions { AllowPartial = true }, Ct);
        await foreach (var page in pageable.AsPages(Ct))
        {
            pages.Add(page);
        }

        Assert.Equal("3000-3149", Ranges(fake)[^1]);
        Assert.True(pages[^1].IsTruncatedByApiLimit);
        Assert.Equal(9000, pages[^1].Total);
        Assert.Equal(3150, pages.Sum(p => p.Offres.Count));
        Assert.Equal(5850, pageable.Reconciliation!.Unreachable);
        Assert.False(pageable.Reconciliation.IsExact);
    }

    [Fact]
    public async Task AsPages_LegacyLimits_LastWindowOverlapsAndRepeatsAreDropped()
    {
        using var fake = new FakeFranceTravail();
        fake.ServeResultSet(total: 5000, maxLast: 1149);
        using var sut = fake.CreateClient(o => o.RangeLimits = OffresRangeLimits.Legacy);

        // These offers have no creation date to split on: the walk stops at the legacy cap, as the caller allows.
        var ids = new List<string?>();
        await foreach (var offre in sut.SearchAllAsync(new OffresSearchRequest(), new OffresEmploi.Sdk.HarvestOptions { AllowPartial = true }, Ct).WithCancellation(Ct))
        {
            ids.Add(offre.Id);
        }

        Assert.Equal("1000-1149", Ranges(fake)[^1]);
        Assert.Equal(1150, ids.Count);
        Assert.Equal(1150, ids.Distinct().Count());
        Assert.Equal("O1149", ids[^1]);
    }

    [Fact]
    public async Task SearchAllAsync_StartsAtTheRequestRange()
    {
        using var fake = new FakeFranceTravail();
        fake.ServeResultSet(total: 400);
        using var sut = fake.CreateClient();

        var count = 0;
        await foreach (var page in sut.SearchAllAsync(new OffresSearchRequest { Range = "200-299" }, Ct).AsPages(Ct))
        {
            count += page.Offres.Count;
        }

        Assert.Equal(["200-299", "300-399"], Ranges(fake));
        Assert.Equal(200, count);
    }

    [Fact]
    public async Task SearchAllAsync_NoResult_YieldsOneEmptyPage()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Otherwise(_ => FakeFranceTravail.Page(HttpStatusCode.NoContent, null, "*/0"));
        using var sut = fake.CreateClient();

        var pages = new List<OffresPage>();
        await foreach (var page in sut.SearchAllAsync(new OffresSearchRequest(), Ct).AsPages(Ct))
        {
            pages.Add(page);
        }

        Assert.Empty(Assert.Single(pages).Offres);
    }

    [Fact]
    public void SearchAllAsync_InvalidRequest_ThrowsBeforeEnumeration()
    {
        using var fake = new FakeFranceTravail();
        using var sut = fake.CreateClient();

        var ex = Assert.Throws<ArgumentException>(() => sut.SearchAllAsync(new OffresSearchRequest { Range = "0-500" }, Ct));

        Assert.Equal("range", ex.ParamName);
        Assert.Equal(0, fake.Api.Count);
    }

    [Fact]
    public async Task SearchAllAsync_NothingSentUntilEnumerated_AndErrorsSurfaceDuringEnumeration()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Enqueue(HttpStatusCode.InternalServerError, """{"codeErreur":"JCS0011G","codeHttp":500,"message":"x"}""");
        using var sut = fake.CreateClient();

        // No patience: the first failure the pipeline does not absorb ends the run (the default would pause and retry).
        var pageable = sut.SearchAllAsync(new OffresSearchRequest(), new OffresEmploi.Sdk.HarvestOptions { StallTimeout = TimeSpan.Zero }, Ct);
        Assert.Equal(0, fake.Api.Count);
        var ex = await Assert.ThrowsAsync<OffresEmploiHarvestException>(async () =>
        {
            await foreach (var offre in pageable.WithCancellation(Ct))
            {
                Assert.Fail($"unexpected offer {offre.Id}");
            }
        });

        Assert.Equal("JCS0011G", ex.ErrorCode);
        Assert.Equal(500, ex.Status);
        Assert.Equal("JCS0011G", Assert.IsType<OffresEmploiException>(ex.InnerException).ErrorCode);
    }

    [Fact]
    public async Task FromPages_EnumeratesTheGivenPages()
    {
        var first = OffresPage.Create([new Offre { Id = "A" }, new Offre { Id = "B" }], ContentRange.Parse("offres 0-1/3"), HttpStatusCode.PartialContent, new OffresRange(0, 1));
        var second = OffresPage.Create([new Offre { Id = "C" }], ContentRange.Parse("offres 2-2/3"), HttpStatusCode.OK, new OffresRange(2, 3));

        var ids = new List<string?>();
        await foreach (var offre in OffresPageable.FromPages([first, second]).WithCancellation(Ct))
        {
            ids.Add(offre.Id);
        }

        Assert.Equal(["A", "B", "C"], ids);
        Assert.Equal(new OffresRange(2, 3), first.NextRange);
        Assert.Null(second.NextRange);
    }

    [Theory]
    [InlineData(HttpStatusCode.PartialContent, "offres 0-149/300", 0, 149, true, "150-299")]
    [InlineData(HttpStatusCode.OK, "offres 150-299/300", 150, 299, false, null)]
    [InlineData(HttpStatusCode.PartialContent, null, 0, 49, true, "50-99")]
    [InlineData(HttpStatusCode.OK, "offres 0-149/500", 0, 149, true, "150-299")]
    [InlineData(HttpStatusCode.PartialContent, "offres 2900-3049/9000", 2900, 3049, true, "3000-3149")]
    [InlineData(HttpStatusCode.PartialContent, "offres 3000-3149/9000", 3000, 3149, true, null)]
    [InlineData(HttpStatusCode.NoContent, "*/0", 0, 149, false, null)]
    public void Create_ComputesHasMoreAndNextRange(HttpStatusCode status, string? contentRange, int first, int last, bool hasMore, string? next)
    {
        var page = OffresPage.Create([], contentRange is null ? null : ContentRange.Parse(contentRange), status, new OffresRange(first, last));

        Assert.Equal(hasMore, page.HasMore);
        Assert.Equal(next, page.NextRange?.ToString());
        Assert.Equal(hasMore && next is null, page.IsTruncatedByApiLimit);
    }

    [Fact]
    public async Task Take_200FromAWideRange_ShortensTheLastWindowAndEndsNormally()
    {
        using var fake = new FakeFranceTravail();
        fake.ServeResultSet(total: 9000);
        using var sut = fake.CreateClient();

        var count = 0;
        await foreach (var page in sut.SearchAllAsync(new OffresSearchRequest { Range = "0-149" }, Ct).Take(200).AsPages(Ct))
        {
            count += page.Offres.Count;
        }

        Assert.Equal(200, count);
        Assert.Equal(["0-149", "150-199"], Ranges(fake));
    }

    [Fact]
    public async Task AsPages_ContinuationPastTheLastFirstIndex_StartsThereAndDropsTheOverlap()
    {
        using var fake = new FakeFranceTravail();
        fake.ServeResultSet(total: 9000);
        using var sut = fake.CreateClient();

        var pages = sut.SearchAllAsync(new OffresSearchRequest { Range = "0-49" }, new OffresEmploi.Sdk.HarvestOptions { AllowPartial = true }, Ct).AsPages("3050", 50, Ct);
        var first = await pages.FirstAsync(Ct);

        Assert.Equal(["3000-3099"], Ranges(fake));
        Assert.Equal(Enumerable.Range(3050, 50).Select(i => $"O{i}"), first.Offres.Select(o => o.Id));
        Assert.Equal("3100", first.ContinuationToken);
    }

    [Theory]
    [InlineData("3150")]
    [InlineData("-1")]
    [InlineData("abc")]
    public void AsPages_TokenNotAnIndexUpToTheCap_ThrowsNamingIt(string token)
    {
        using var fake = new FakeFranceTravail();
        using var sut = fake.CreateClient();

        var ex = Assert.Throws<ArgumentException>(() => sut.SearchAllAsync(new OffresSearchRequest { Range = "0-49" }, Ct).AsPages(token, 50, Ct));

        Assert.Equal("continuationToken", ex.ParamName);
        Assert.Empty(fake.Api.Requests);
    }
}
