using Microsoft.Extensions.Logging.Abstractions;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Harvesting;

namespace OffresEmploi.Sdk.Tests.Harvesting;

/// <summary>The accounting part of a harvest alone: a checkpoint carries every count, and restoring it resumes the account.</summary>
public sealed class HarvestLedgerTests
{
    [Fact]
    public void Restore_FromItsOwnCheckpoint_ReconcilesToTheSameAccount()
    {
        var search = new PatientSearch((_, _) => Task.FromResult<OffresPage>(null!), TimeSpan.FromMinutes(1), TimeProvider.System, NullLogger.Instance);
        search.Restore(requests: 140, retries: 3);
        var ledger = new HarvestLedger { Expected = 20_000, Windows = 5, Rewalks = 1 };
        ledger.CountPage(fresh: 150, duplicates: 2);
        ledger.CountPage(fresh: 148, duplicates: 0);
        ledger.CountUnreachable(7);
        var planner = new DateWindowPlanner(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(3), 3_150);
        var dedup = new WindowDeduplicator();
        dedup.Restore(["A", "B"]);

        var checkpoint = HarvestCheckpoint.FromJson(ledger.Checkpoint(search, planner, dedup).ToJson());
        var restored = new HarvestLedger();
        restored.Restore(checkpoint);

        var account = restored.Reconcile(search);
        Assert.Equal(ledger.Reconcile(search), account);
        Assert.Equal((20_000L, 298L, 2L, 7L), (account.ExpectedTotal, account.Yielded, account.DuplicatesSkipped, account.Unreachable));
        Assert.Equal((140, 3, 5, 1), (account.Requests, account.PageRetries, account.Windows, account.WindowsRewalked));
        Assert.Equal((planner.Lower, planner.WindowEnd), (checkpoint.Lower!.Value, checkpoint.WindowEnd!.Value));
        Assert.Equal(["A", "B"], checkpoint.YieldedInWindow);
    }
}
