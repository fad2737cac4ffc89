using System.Collections.Concurrent;
using System.Net;
using OffresEmploi.Sdk.Harvesting;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Tests.Harvesting;

/// <summary>The page walk of one criteria set alone: pages in flight, yielded in order, walked again when the total moves.</summary>
public sealed class WindowWalkerTests
{
    /// <summary>A set of <paramref name="total"/> offers answered page by page; <paramref name="totalOf"/> may change the total per call.</summary>
    /// <remarks>An odd page answers only once the next page was asked for, so pages complete out of order, without any clock.</remarks>
    private static Func<OffresSearchRequest, CancellationToken, Task<OffresPage>> Set(int total, ConcurrentQueue<string> ranges, Func<int, int>? totalOf = null)
    {
        var calls = 0;
        var asked = new ConcurrentDictionary<int, TaskCompletionSource>();
        TaskCompletionSource Asked(int page) => asked.GetOrAdd(page, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        var lastPage = (Math.Min(total, 3_150) - 1) / 150;
        return async (request, cancellationToken) =>
        {
            var call = Interlocked.Increment(ref calls);
            var range = OffresRange.Parse(request.Range!);
            ranges.Enqueue(request.Range!);
            var page = range.First / 150;
            _ = Asked(page).TrySetResult();
            if (page % 2 == 1 && page < lastPage)
            {
                await Asked(page + 1).Task.WaitAsync(cancellationToken);
            }

            var announced = totalOf?.Invoke(call) ?? total;
            var last = Math.Min(range.Last, announced - 1);
            var offres = Enumerable.Range(range.First, last - range.First + 1).Select(i => new Offre { Id = $"O{i}" }).ToList();
            var status = last < announced - 1 ? HttpStatusCode.PartialContent : HttpStatusCode.OK;
            return OffresPage.Create(offres, new ContentRange("offres", range.First, last, announced), status, range);
        };
    }

    private static async Task<List<OffresPage>> WalkAsync(WindowWalker sut, CancellationToken cancellationToken)
    {
        var pages = new List<OffresPage>();
        await foreach (var page in sut.WalkAsync(new OffresSearchRequest(), first: null, cancellationToken))
        {
            pages.Add(page);
        }

        return pages;
    }

    [Fact(Timeout = 30_000)]
    public async Task WalkAsync_PagesInFlight_AreYieldedInRangeOrderUpToTheCap()
    {
        var ranges = new ConcurrentQueue<string>();
        var rewalks = 0;
        var sut = new WindowWalker(Set(5_000, ranges), OffresRangeLimits.Current, maxConcurrency: 4, () => rewalks++);

        var pages = await WalkAsync(sut, TestContext.Current.CancellationToken);

        Assert.Equal(21, pages.Count);
        Assert.Equal(Enumerable.Range(0, 21).Select(i => i * 150), pages.Select(p => p.RequestedRange.First));
        Assert.Equal(3_150, pages.Sum(p => p.Offres.Count));
        Assert.Equal(0, rewalks);
        Assert.Equal(21, ranges.Count);
    }

    [Fact(Timeout = 30_000)]
    public async Task WalkAsync_TotalMovesDuringTheWalk_WalksTheSetOnceMore()
    {
        var ranges = new ConcurrentQueue<string>();
        var rewalks = 0;

        // An offer expires after the fourth call: later pages announce one offer less.
        var sut = new WindowWalker(Set(1_000, ranges, call => call <= 4 ? 1_000 : 999), OffresRangeLimits.Current, maxConcurrency: 2, () => rewalks++);

        var pages = await WalkAsync(sut, TestContext.Current.CancellationToken);

        Assert.Equal(1, rewalks);
        Assert.Equal(7 + 7, pages.Count); // two walks of a 1,000-offer set
        Assert.Equal(14, ranges.Count);
    }

    [Fact(Timeout = 30_000)]
    public async Task WalkAsync_PageFails_StopsAndCancelsThePagesInFlight()
    {
        var cancelled = 0;
        var started = 0;
        Task<OffresPage> Search(OffresSearchRequest request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref started);
            var range = OffresRange.Parse(request.Range!);
            if (range.First == 150)
            {
                return Task.FromException<OffresPage>(new OffresEmploiException("down") { Status = 503 });
            }

            if (range.First == 0)
            {
                return Task.FromResult(OffresPage.Create([new Offre { Id = "first" }], new ContentRange("offres", 0, 149, 3_000), HttpStatusCode.PartialContent, range));
            }

            // Every other page waits until the walker gives up on it.
            var waiting = new TaskCompletionSource<OffresPage>();
            cancellationToken.Register(() =>
            {
                Interlocked.Increment(ref cancelled);
                waiting.TrySetCanceled(cancellationToken);
            });
            return waiting.Task;
        }

        var sut = new WindowWalker(Search, OffresRangeLimits.Current, maxConcurrency: 4, () => { });

        var ex = await Assert.ThrowsAsync<OffresEmploiException>(() => WalkAsync(sut, TestContext.Current.CancellationToken));

        Assert.Equal(503, ex.Status);
        Assert.Equal(1 + 4, started); // the first page, then four in flight
        Assert.Equal(3, cancelled); // the three still waiting were cancelled, not abandoned
    }
}
