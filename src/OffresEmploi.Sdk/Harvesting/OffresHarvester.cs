using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Paging;

namespace OffresEmploi.Sdk.Harvesting;

/// <summary>
/// Retrieves every offer matching a request, past the API's range cap: when the set is larger than the
/// cap, it is walked newest first in creation-date windows, each ending where the previous one stopped.
/// </summary>
/// <remarks>
/// <para>
/// Why windows that follow the data rather than a bisection on totals: sorting by creation date
/// (<c>sort=1</c>) lets each window end exactly at the oldest offer the previous window reached, so every
/// window but the last is full (3,150 offers, 21 full pages) and no request is spent on probing totals.
/// Windows overlap by one second, because whether <c>maxCreationDate</c> is inclusive is not documented
/// and offers carry milliseconds; offers seen twice are yielded once.
/// </para>
/// <para>
/// Pages of one window are fetched concurrently and yielded in order. When the total of a window changes
/// while it is walked (an offer expired, shifting the ranks), the window is walked once more: nothing is
/// skipped, duplicates are dropped. Memory is bounded by one window's ids, whatever the size of the set.
/// </para>
/// </remarks>
internal sealed class OffresHarvester
{
    private readonly Func<OffresSearchRequest, CancellationToken, Task<OffresPage>> _search;
    private readonly OffresSearchRequest _request;
    private readonly OffresRangeLimits _limits;
    private readonly HarvestOptions _options;
    private readonly TimeProvider _timeProvider;

    // Ids yielded in the current window, with their creation second (UTC ticks), to drop duplicates.
    private Dictionary<string, long> _window = new(StringComparer.Ordinal);
    private long _expected;
    private bool _split;
    private DateTimeOffset _lower;
    private DateTimeOffset? _windowEnd;
    private long _yielded;
    private long _duplicates;
    private long _unreachable;
    private int _requests;
    private int _windows;
    private int _rewalks;
    private bool _stoppedAtCap;
    private bool _drift;
    private long? _oldestTicks;
    private long? _newestTicks;

    // A second holding more offers than the cap reaches, and the total of the window that found it.
    private long? _stuckTicks;
    private long _stuckWindowTotal;

    public OffresHarvester(
        Func<OffresSearchRequest, CancellationToken, Task<OffresPage>> search,
        OffresSearchRequest request,
        OffresRangeLimits limits,
        HarvestOptions options,
        TimeProvider timeProvider)
    {
        _search = search;
        _request = request;
        _limits = limits;
        _options = options;
        _timeProvider = timeProvider;
    }

    public HarvestReconciliation? Reconciliation { get; private set; }

    public HarvestCheckpoint Checkpoint => new()
    {
        ExpectedTotal = _expected,
        SplitByDate = _split,
        Lower = _split ? _lower : null,
        WindowEnd = _windowEnd,
        YieldedInWindow = [.. _window.Keys],
        Yielded = _yielded,
        DuplicatesSkipped = _duplicates,
        Requests = _requests,
        Windows = _windows,
        WindowsRewalked = _rewalks,
        Unreachable = _unreachable,
    };

    private int Cap => _limits.MaxLast + 1;

    private OffresRange FirstRange => OffresRange.FirstPage(_limits.MaxPageSize);

    public async IAsyncEnumerable<OffresPage> RunAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var resumed = _options.ResumeFrom is not null;
        if (_options.ResumeFrom is { } checkpoint)
        {
            Restore(checkpoint);
        }

        if (!resumed)
        {
            var first = await SearchAsync(_request with { Range = FirstRange.ToString() }, cancellationToken).ConfigureAwait(false);
            _expected = first.Total ?? 0;
            _windows = 1;
            if (_expected <= Cap || _options.StopAtRangeCap)
            {
                // The whole set is reachable with the caller's own criteria and sort order.
                _stoppedAtCap = _expected > Cap;
                await foreach (var page in WalkWithRewalkAsync(_request, first, cancellationToken).ConfigureAwait(false))
                {
                    yield return page;
                }

                Finish();
                yield break;
            }

            _split = true;
            _windows = 0; // the first request was a probe of the whole set, not a window
            _lower = _request.MinCreationDate ?? _options.EarliestCreationDate;
            _windowEnd = TruncateToSecond(_request.MaxCreationDate ?? _timeProvider.GetUtcNow());
            _window.Clear();
        }
        else if (!_split)
        {
            await foreach (var page in WalkWithRewalkAsync(_request, first: null, cancellationToken).ConfigureAwait(false))
            {
                yield return page;
            }

            Finish();
            yield break;
        }

        var startingResumedWindow = resumed;
        while (true)
        {
            if (!startingResumedWindow)
            {
                _windows++;
            }

            startingResumedWindow = false;
            var windowRequest = _request with
            {
                Sort = Sort.DateCreation,
                MinCreationDate = _lower,
                MaxCreationDate = _windowEnd,
                Range = null,
            };
            long? windowTotal = null;
            _oldestTicks = null;
            _newestTicks = null;
            await foreach (var page in WalkWithRewalkAsync(windowRequest, first: null, cancellationToken).ConfigureAwait(false))
            {
                if (windowTotal is null)
                {
                    SettleStuckSecond(page.Total ?? 0);
                }

                windowTotal = page.Total ?? windowTotal;
                yield return page;
            }

            if (windowTotal is not { } total || total <= Cap || _oldestTicks is not { } oldest)
            {
                break;
            }

            var oldestSecond = new DateTimeOffset(oldest, TimeSpan.Zero);
            DateTimeOffset nextEnd;
            if (oldest == _newestTicks)
            {
                // Every offer reached was created in the same second and more remain: that second holds more
                // offers than the cap reaches. Step past it; the ones left out are counted once the next
                // window's total is known.
                if (_stuckTicks != oldest)
                {
                    _stuckTicks = oldest;
                    _stuckWindowTotal = total;
                }

                nextEnd = oldestSecond;
            }
            else
            {
                // End one second after the oldest offer reached: offers of that second may lie beyond the cap,
                // and maxCreationDate may compare milliseconds or be exclusive.
                nextEnd = oldestSecond.AddSeconds(1);
            }

            if (nextEnd >= _windowEnd)
            {
                nextEnd = nextEnd > oldestSecond ? oldestSecond : _windowEnd!.Value.AddSeconds(-1);
            }

            // With the filter applied, the oldest offer reached is inside the window and the end always moves back. If
            // it does not, the answers ignore minCreationDate/maxCreationDate, and walking on would never end.
            if (nextEnd >= _windowEnd)
            {
                throw new OffresEmploiException(
                    $"The complete retrieval stopped: the API announced {total} matching offers but answered the creation-date window ending {_windowEnd:O} " +
                    $"with offers created up to {oldestSecond:O} or later, so the walk cannot move back in time. The API (or a proxy) is ignoring minCreationDate/maxCreationDate.")
                {
                    Status = 200,
                };
            }

            // Only offers created up to the next window's end can come back in it; forgetting the others keeps
            // memory to one window's ids however large the set (ids of a resumed window, whose second is unknown
            // and stored as long.MaxValue, go too).
            var keepUpTo = nextEnd.UtcTicks;
            _window = _window.Where(p => p.Value <= keepUpTo).ToDictionary(StringComparer.Ordinal);
            _windowEnd = nextEnd;
            if (_windowEnd < _lower)
            {
                SettleStuckSecond(0);
                break;
            }
        }

        Finish();
    }

    private async IAsyncEnumerable<OffresPage> WalkWithRewalkAsync(
        OffresSearchRequest request,
        OffresPage? first,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var walk = 0; walk < 2; walk++)
        {
            first ??= await SearchAsync(request with { Range = FirstRange.ToString() }, cancellationToken).ConfigureAwait(false);
            await foreach (var page in WalkAsync(request, first, cancellationToken).ConfigureAwait(false))
            {
                yield return page;
            }

            if (!_drift)
            {
                yield break;
            }

            // The set changed under the walk: ranks may have shifted past an offer. Walk it once more;
            // offers already yielded are dropped as duplicates.
            _rewalks++;
            first = null;
        }
    }

    private async IAsyncEnumerable<OffresPage> WalkAsync(
        OffresSearchRequest request,
        OffresPage first,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var total = first.Total ?? 0;
        _drift = false;
        yield return Fresh(first);

        var reach = Math.Min(total, Cap);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pending = new Queue<Task<OffresPage>>();
        OffresRange? next = FirstRange.Next(_limits, _limits.MaxPageSize);
        try
        {
            while (true)
            {
                while (pending.Count < _options.MaxConcurrency && next is { } range && range.First < reach)
                {
                    pending.Enqueue(SearchAsync(request with { Range = range.ToString() }, stop.Token));
                    next = range.Next(_limits, _limits.MaxPageSize);
                }

                if (pending.Count == 0)
                {
                    yield break;
                }

                var page = await pending.Dequeue().ConfigureAwait(false);
                if ((page.Total ?? 0) != total)
                {
                    _drift = true;
                }

                yield return Fresh(page);
            }
        }
        finally
        {
            // The consumer stopped or a page failed: cancel the requests still in flight and observe them.
            await stop.CancelAsync().ConfigureAwait(false);
            await ((Task)Task.WhenAll(pending)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private void SettleStuckSecond(long nextWindowTotal)
    {
        if (_stuckTicks is { } stuck && _windowEnd < new DateTimeOffset(stuck, TimeSpan.Zero))
        {
            // The stuck window held the crowded second plus everything the next window holds.
            _unreachable += Math.Max(0, _stuckWindowTotal - Cap - nextWindowTotal);
            _stuckTicks = null;
        }
    }

    private async Task<OffresPage> SearchAsync(OffresSearchRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        return await _search(request, cancellationToken).ConfigureAwait(false);
    }

    private OffresPage Fresh(OffresPage page)
    {
        var fresh = new List<Offre>(page.Offres.Count);
        foreach (var offre in page.Offres)
        {
            var second = long.MinValue;
            if (offre.DateCreation is { } created)
            {
                second = TruncateToSecond(created).UtcTicks;
                if (_oldestTicks is null || second < _oldestTicks)
                {
                    _oldestTicks = second;
                }

                if (_newestTicks is null || second > _newestTicks)
                {
                    _newestTicks = second;
                }
            }

            if (offre.Id is { } id)
            {
                ref var seen = ref CollectionsMarshal.GetValueRefOrAddDefault(_window, id, out var exists);
                if (exists)
                {
                    // An id restored from a checkpoint learns its creation second when its offer comes back.
                    if (seen == long.MaxValue)
                    {
                        seen = second;
                    }

                    _duplicates++;
                    continue;
                }

                seen = second;
            }

            fresh.Add(offre);
        }

        _yielded += fresh.Count;
        _options.Progress?.Report(new HarvestProgress(_windows, _requests, _yielded, _expected, _windowEnd));
        return page.WithOffres(fresh);
    }

    private void Restore(HarvestCheckpoint checkpoint)
    {
        _expected = checkpoint.ExpectedTotal;
        _split = checkpoint.SplitByDate;
        _lower = checkpoint.Lower ?? _options.EarliestCreationDate;
        _windowEnd = checkpoint.WindowEnd;
        // Their creation seconds are not stored: keep them until the resumed window is done.
        _window = checkpoint.YieldedInWindow.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => long.MaxValue, StringComparer.Ordinal);
        _yielded = checkpoint.Yielded;
        _duplicates = checkpoint.DuplicatesSkipped;
        _requests = checkpoint.Requests;
        _windows = Math.Max(1, checkpoint.Windows);
        _rewalks = checkpoint.WindowsRewalked;
        _unreachable = checkpoint.Unreachable;
    }

    private void Finish() => Reconciliation = new HarvestReconciliation
    {
        ExpectedTotal = _expected,
        Yielded = _yielded,
        DuplicatesSkipped = _duplicates,
        Requests = _requests,
        Windows = _windows,
        WindowsRewalked = _rewalks,
        Unreachable = _unreachable,
        StoppedAtRangeCap = _stoppedAtCap,
    };

    private static DateTimeOffset TruncateToSecond(DateTimeOffset value)
    {
        var ticks = value.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}
