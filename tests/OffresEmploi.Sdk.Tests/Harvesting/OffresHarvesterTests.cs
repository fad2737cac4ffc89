using OffresEmploi.Sdk.Harvesting;
using OffresEmploi.Sdk.Models;
using Microsoft.Extensions.Time.Testing;

namespace OffresEmploi.Sdk.Tests.Harvesting;

public class OffresHarvesterTests
{
    private static readonly DateTimeOffset Newest = new(2026, 1, 14, 18, 0, 0, TimeSpan.Zero);

    private static (OffresHarvester Harvester, FakeDatedSearch Search) CreateSut(
        List<Offre> offres,
        OffresRangeLimits? limits = null,
        HarvestOptions? options = null)
    {
        limits ??= OffresRangeLimits.Current;
        var search = new FakeDatedSearch(offres, limits);
        var time = new FakeTimeProvider(Newest.AddHours(1));
        var harvester = new OffresHarvester(search.SearchAsync, new OffresSearchRequest(), limits, options ?? new HarvestOptions(), time);
        return (harvester, search);
    }

    private static async Task<List<string>> RunAsync(OffresHarvester harvester)
    {
        var ids = new List<string>();
        await foreach (var page in harvester.RunAsync(TestContext.Current.CancellationToken))
        {
            ids.AddRange(page.Offres.Select(o => o.Id!));
        }

        return ids;
    }

    [Fact]
    public async Task RunAsync_OffersSpreadOverTime_YieldsEachOnceWithFullWindows()
    {
        var offres = FakeDatedSearch.Offres(10_000, Newest, TimeSpan.FromMinutes(7));
        var (sut, search) = CreateSut(offres);

        var ids = await RunAsync(sut);

        Assert.Equal(10_000, ids.Count);
        Assert.Equal(10_000, ids.Distinct().Count());
        Assert.True(sut.Reconciliation!.IsExact);
        Assert.Equal(4, sut.Reconciliation.Windows); // 3 full windows of 3,150 and the rest
        Assert.InRange(search.Calls, 67, (int)Math.Ceiling(1.10 * Math.Ceiling(10_000 / 150.0)));
        Assert.Equal(search.Calls, sut.Reconciliation.Requests);
    }

    [Fact]
    public async Task RunAsync_SeveralOffersPerSecondAtWindowEdges_DropsOnlyDuplicates()
    {
        // Four offers share each second: window boundaries fall inside a second, whose offers come back.
        var offres = Enumerable.Range(0, 8_000)
            .Select(i => new Offre { Id = $"S{i:D5}", DateCreation = Newest.AddSeconds(-(i / 4)).AddMilliseconds(i % 4 * 100) })
            .ToList();
        var (sut, _) = CreateSut(offres);

        var ids = await RunAsync(sut);

        Assert.Equal(8_000, ids.Distinct().Count());
        Assert.Equal(8_000, ids.Count);
        Assert.True(sut.Reconciliation!.DuplicatesSkipped > 0);
        Assert.True(sut.Reconciliation.IsExact);
    }

    [Fact]
    public async Task RunAsync_LegacyCap_StillYieldsEveryOffer()
    {
        var offres = FakeDatedSearch.Offres(5_000, Newest, TimeSpan.FromMinutes(3));
        var (sut, search) = CreateSut(offres, OffresRangeLimits.Legacy);

        var ids = await RunAsync(sut);

        Assert.Equal(5_000, ids.Distinct().Count());
        Assert.Equal(5_000, ids.Count);
        Assert.InRange(search.Calls, 34, (int)Math.Ceiling(1.10 * Math.Ceiling(5_000 / 150.0)));
    }

    [Fact]
    public async Task RunAsync_ManyWindows_RemembersOnlyTheCurrentWindowsIds()
    {
        var offres = FakeDatedSearch.Offres(20_000, Newest, TimeSpan.FromMinutes(1));
        var (sut, _) = CreateSut(offres);
        var largest = 0;
        var yielded = 0;

        await foreach (var page in sut.RunAsync(TestContext.Current.CancellationToken))
        {
            yielded += page.Offres.Count;
            largest = Math.Max(largest, sut.Checkpoint.YieldedInWindow.Count);
        }

        Assert.Equal(20_000, yielded);
        Assert.Equal(7, sut.Reconciliation!.Windows);
        // One full window, plus the oldest offer of the previous one (its second overlaps the next window).
        Assert.InRange(largest, 3_150, 3_151);
    }

    [Fact]
    public async Task RunAsync_ResumedRightAfterAWindow_DoesNotYieldTheSharedSecondTwice()
    {
        // Four offers per second, so the second at the window edge holds offers on both sides of it.
        var offres = Enumerable.Range(0, 8_000)
            .Select(i => new Offre { Id = $"S{i:D5}", DateCreation = Newest.AddSeconds(-(i / 4)).AddMilliseconds(i % 4 * 100) })
            .ToList();
        var (interrupted, _) = CreateSut(offres);
        var first = new List<string>();
        HarvestCheckpoint? checkpoint = null;
        await foreach (var page in interrupted.RunAsync(TestContext.Current.CancellationToken))
        {
            first.AddRange(page.Offres.Select(o => o.Id!));
            checkpoint = interrupted.Checkpoint;
            if (first.Count == 3_150)
            {
                break; // the whole first window, and nothing of the next
            }
        }

        var (resumed, _) = CreateSut(offres, options: new HarvestOptions { ResumeFrom = checkpoint });
        var second = await RunAsync(resumed);

        Assert.Equal(3_150, first.Count);
        Assert.Empty(first.Intersect(second));
        Assert.Equal(8_000, first.Concat(second).Distinct().Count());
        Assert.Equal(8_000 - 3_150, second.Count);
    }

    [Fact]
    public async Task RunAsync_OfferExpiresMidWindow_RewalksAndLosesNothingThatStayed()
    {
        var offres = FakeDatedSearch.Offres(6_000, Newest, TimeSpan.FromMinutes(5));
        var all = offres.Select(o => o.Id!).ToList();
        var expired = offres[10].Id!;
        var (sut, search) = CreateSut(offres, options: new HarvestOptions { MaxConcurrency = 1 });
        // After page 5 of the first window, an early offer expires: every later rank shifts by one.
        search.BeforeCall = (call, list) =>
        {
            if (call == 7)
            {
                list.RemoveAll(o => o.Id == expired);
            }
        };

        var ids = await RunAsync(sut);

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(all.Where(id => id != expired), id => Assert.Contains(id, ids));
        Assert.True(sut.Reconciliation!.WindowsRewalked >= 1);
    }

    [Fact]
    public async Task RunAsync_MoreOffersInOneSecondThanTheCap_YieldsWhatIsReachableThenThrowsIncomplete()
    {
        var offres = CrowdedSecond();
        var (sut, _) = CreateSut(offres);
        var ids = new List<string>();

        var ex = await Assert.ThrowsAsync<OffresEmploiHarvestException>(async () =>
        {
            await foreach (var page in sut.RunAsync(TestContext.Current.CancellationToken))
            {
                ids.AddRange(page.Offres.Select(o => o.Id!));
            }
        });

        Assert.Equal(HarvestStopReason.Incomplete, ex.Reason);
        Assert.Equal(850, ex.Reconciliation!.Unreachable);
        Assert.Equal(ids.Count, ex.Reconciliation.Yielded);
        Assert.Null(sut.Reconciliation);
        Assert.All(offres.Where(o => o.Id!.StartsWith('O')), o => Assert.Contains(o.Id!, ids));
    }

    [Fact]
    public async Task RunAsync_MoreOffersInOneSecondThanTheCapWithAllowPartial_TerminatesAndReportsTheUnreachable()
    {
        var offres = CrowdedSecond();
        var (sut, _) = CreateSut(offres, options: new HarvestOptions { AllowPartial = true });

        var ids = await RunAsync(sut);

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(850, sut.Reconciliation!.Unreachable);
        Assert.False(sut.Reconciliation.IsExact);
        Assert.Contains("unreachable", sut.Reconciliation.ToString(), StringComparison.Ordinal);
        Assert.All(offres.Where(o => o.Id!.StartsWith('O')), o => Assert.Contains(o.Id!, ids));
    }

    private static List<Offre> CrowdedSecond()
    {
        var offres = Enumerable.Range(0, 4_000).Select(i => new Offre { Id = $"B{i:D5}", DateCreation = Newest }).ToList();
        offres.AddRange(FakeDatedSearch.Offres(100, Newest.AddMinutes(-10), TimeSpan.FromMinutes(1)).Select(o => o with { Id = "O" + o.Id }));
        return offres;
    }

    [Fact]
    public async Task RunAsync_StopAtRangeCap_StopsAndSaysSo()
    {
        var offres = FakeDatedSearch.Offres(5_000, Newest, TimeSpan.FromMinutes(3));
        var (sut, _) = CreateSut(offres, options: new HarvestOptions { StopAtRangeCap = true });

        var ids = await RunAsync(sut);

        Assert.Equal(3_150, ids.Count);
        Assert.True(sut.Reconciliation!.StoppedAtRangeCap);
        Assert.Equal(-1_850, sut.Reconciliation.Difference);
    }

    [Fact]
    public async Task RunAsync_ProgressReports_GrowToTheFinalCount()
    {
        var reports = new List<HarvestProgress>();
        var offres = FakeDatedSearch.Offres(4_000, Newest, TimeSpan.FromMinutes(3));
        var (sut, _) = CreateSut(offres, options: new HarvestOptions { Progress = new SynchronousProgress(reports) });

        var ids = await RunAsync(sut);

        Assert.NotEmpty(reports);
        Assert.Equal(ids.Count, reports[^1].Offers);
        Assert.Equal(4_000, reports[^1].Total);
        Assert.Equal(1.0, reports[^1].Fraction);
        Assert.True(reports.Zip(reports.Skip(1)).All(p => p.Second.Offers >= p.First.Offers));
    }

    [Fact]
    public async Task RunAsync_Empty_YieldsNothingAndIsExact()
    {
        var (sut, search) = CreateSut([]);

        var ids = await RunAsync(sut);

        Assert.Empty(ids);
        Assert.True(sut.Reconciliation!.IsExact);
        Assert.Equal(1, search.Calls);
    }

    private sealed class SynchronousProgress(List<HarvestProgress> reports) : IProgress<HarvestProgress>
    {
        public void Report(HarvestProgress value) => reports.Add(value);
    }
}
