using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Harvesting;

/// <summary>
/// Retrieves every offer matching a request, past the API's range cap: when the set is larger than the cap, it is
/// walked newest first in creation-date windows, each ending where the previous one stopped.
/// </summary>
/// <remarks>
/// The parts, each testable alone: <see cref="DateWindowPlanner"/> (which windows), <see cref="PatientSearch"/>
/// (fetching, with pauses and a stall budget), <see cref="WindowWalker"/> (pages in flight, re-walks),
/// <see cref="WindowDeduplicator"/> (each offer once) and <see cref="HarvestLedger"/> (the account). This class runs
/// them in order and turns a failure into <see cref="OffresEmploiHarvestException"/> with the checkpoint to resume from.
/// </remarks>
internal sealed class OffresHarvester
{
    private readonly OffresSearchRequest _request;
    private readonly HarvestOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly int _cap;
    private readonly PatientSearch _search;
    private readonly WindowWalker _walker;
    private readonly HarvestLedger _ledger = new();
    private readonly WindowDeduplicator _dedup = new();
    private DateWindowPlanner? _planner; // set when the set is split by creation date

    public OffresHarvester(
        Func<OffresSearchRequest, CancellationToken, Task<OffresPage>> search,
        OffresSearchRequest request,
        OffresRangeLimits limits,
        HarvestOptions options,
        TimeProvider timeProvider,
        ILogger? logger = null)
    {
        _request = request;
        _options = options;
        _timeProvider = timeProvider;
        _cap = limits.MaxLast + 1;
        _search = new PatientSearch(search, options.StallTimeout, timeProvider, logger ?? NullLogger.Instance, ReportPause);
        _walker = new WindowWalker(_search.SearchAsync, limits, options.MaxConcurrency, () => _ledger.Rewalks++);
    }

    /// <summary>Gets the final account, once the run has ended without an error.</summary>
    public HarvestReconciliation? Reconciliation { get; private set; }

    /// <summary>Gets the state after the last page yielded.</summary>
    public HarvestCheckpoint Checkpoint => _ledger.Checkpoint(_search, _planner, _dedup);

    public async IAsyncEnumerable<OffresPage> RunAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        _search.Start();
        var pages = WalkAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (pages.ConfigureAwait(false))
        {
            while (true)
            {
                try
                {
                    if (!await pages.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (Exception ex) when (Stop(ex) is { } stop)
                {
                    throw stop;
                }

                yield return pages.Current;
            }
        }

        var account = _ledger.Reconcile(_search);
        if (account.Unreachable > 0 && !_options.AllowPartial)
        {
            throw HarvestErrors.Incomplete(account, Checkpoint);
        }

        Reconciliation = account;
    }

    private async IAsyncEnumerable<OffresPage> WalkAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var resumed = _options.ResumeFrom is not null;
        OffresPage? first = null;
        if (_options.ResumeFrom is { } checkpoint)
        {
            Restore(checkpoint);
        }
        else
        {
            first = await _walker.FirstPageAsync(_request, cancellationToken).ConfigureAwait(false);
            _ledger.Expected = first.Total ?? 0;
            _ledger.Windows = 1;
            _ledger.StoppedAtCap = _ledger.Expected > _cap && _options.StopAtRangeCap;
            if (_ledger.Expected > _cap && !_options.StopAtRangeCap)
            {
                _ledger.Windows = 0; // the first request was a probe of the whole set, not a window
                var end = CreationSecond.Truncate(_request.MaxCreationDate ?? _timeProvider.GetUtcNow());
                _planner = new DateWindowPlanner(_request.MinCreationDate ?? _options.EarliestCreationDate, end, _cap);
            }
        }

        if (_planner is null)
        {
            // The whole set is reachable with the caller's own criteria and sort order (or the caller stops at the cap).
            await foreach (var page in _walker.WalkAsync(_request, first, cancellationToken).ConfigureAwait(false))
            {
                yield return Fresh(page);
            }

            yield break;
        }

        while (true)
        {
            if (!resumed)
            {
                _ledger.Windows++;
            }

            resumed = false;
            _planner.StartWindow();
            long? windowTotal = null;
            await foreach (var page in _walker.WalkAsync(_planner.WindowRequest(_request), first: null, cancellationToken).ConfigureAwait(false))
            {
                if (windowTotal is null)
                {
                    _ledger.CountUnreachable(_planner.SettleCrowdedSecond(page.Total ?? 0));
                }

                windowTotal = page.Total ?? windowTotal;
                _planner.Observe(page.Offres);
                yield return Fresh(page);
            }

            var step = _planner.Advance(windowTotal ?? 0);
            _ledger.CountUnreachable(step.LeftOut);
            if (step.NextEnd is not { } nextEnd)
            {
                yield break;
            }

            // Only offers created up to the next window's end can come back in it.
            _dedup.Forget(nextEnd.UtcTicks);
        }
    }

    private OffresPage Fresh(OffresPage page)
    {
        var fresh = _dedup.Fresh(page.Offres, out var duplicates);
        _ledger.CountPage(fresh.Count, duplicates);
        _options.Progress?.Report(Progress());
        return page.WithOffres(fresh);
    }

    private void ReportPause(HarvestPause pause) => _options.Progress?.Report(Progress() with { Pause = pause });

    private HarvestProgress Progress() => new(_ledger.Windows, _search.Requests, _ledger.Yielded, _ledger.Expected, _planner?.WindowEnd);

    private void Restore(HarvestCheckpoint checkpoint)
    {
        _ledger.Restore(checkpoint);
        _search.Restore(checkpoint.Requests, checkpoint.PageRetries);
        _dedup.Restore(checkpoint.YieldedInWindow);
        if (checkpoint.SplitByDate)
        {
            var end = checkpoint.WindowEnd ?? CreationSecond.Truncate(_request.MaxCreationDate ?? _timeProvider.GetUtcNow());
            _planner = new DateWindowPlanner(checkpoint.Lower ?? _options.EarliestCreationDate, end, _cap);
        }
    }

    /// <summary>The public error for a failure that ends the run, or null to let it through (cancellation, bugs).</summary>
    private OffresEmploiHarvestException? Stop(Exception exception) => exception switch
    {
        HarvestGiveUpException giveUp => HarvestErrors.Stalled(giveUp, _options.StallTimeout, _ledger.Reconcile(_search), Checkpoint),
        OffresEmploiHarvestException stopped => HarvestErrors.WithState(stopped, _ledger.Reconcile(_search), Checkpoint),
        OffresEmploiException failure => HarvestErrors.Failed(failure, _ledger.Reconcile(_search), Checkpoint),
        _ => null,
    };
}
