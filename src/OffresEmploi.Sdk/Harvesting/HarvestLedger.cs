using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Harvesting;

/// <summary>The accounting part of a harvest: what was announced, yielded, dropped and left out, and the work it took.</summary>
/// <remarks>Request counts live in <see cref="PatientSearch"/>, which sends them; the ledger reads them when it reports.</remarks>
internal sealed class HarvestLedger
{
    public long Expected { get; set; }

    public long Yielded { get; private set; }

    public long Duplicates { get; private set; }

    public int Windows { get; set; }

    public int Rewalks { get; set; }

    public long Unreachable { get; private set; }

    public bool StoppedAtCap { get; set; }

    /// <summary>Counts a page as yielded.</summary>
    public void CountPage(int fresh, int duplicates)
    {
        Yielded += fresh;
        Duplicates += duplicates;
    }

    /// <summary>Counts offers no request can reach.</summary>
    public void CountUnreachable(long offers) => Unreachable += offers;

    /// <summary>Takes the counts of a checkpoint.</summary>
    public void Restore(HarvestCheckpoint checkpoint)
    {
        Expected = checkpoint.ExpectedTotal;
        Yielded = checkpoint.Yielded;
        Duplicates = checkpoint.DuplicatesSkipped;
        Windows = Math.Max(1, checkpoint.Windows);
        Rewalks = checkpoint.WindowsRewalked;
        Unreachable = checkpoint.Unreachable;
    }

    /// <summary>The account so far.</summary>
    public HarvestReconciliation Reconcile(PatientSearch search) => new()
    {
        ExpectedTotal = Expected,
        Yielded = Yielded,
        DuplicatesSkipped = Duplicates,
        Requests = search.Requests,
        PageRetries = search.Retries,
        Windows = Windows,
        WindowsRewalked = Rewalks,
        Unreachable = Unreachable,
        StoppedAtRangeCap = StoppedAtCap,
    };

    /// <summary>A checkpoint with these counts and the given walk state (a planner when the set is split by date).</summary>
    public HarvestCheckpoint Checkpoint(PatientSearch search, DateWindowPlanner? planner, WindowDeduplicator dedup) => new()
    {
        ExpectedTotal = Expected,
        SplitByDate = planner is not null,
        Lower = planner?.Lower,
        WindowEnd = planner?.WindowEnd,
        YieldedInWindow = dedup.Ids,
        Yielded = Yielded,
        DuplicatesSkipped = Duplicates,
        Requests = search.Requests,
        PageRetries = search.Retries,
        Windows = Windows,
        WindowsRewalked = Rewalks,
        Unreachable = Unreachable,
    };
}
