using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Testing.TestSupport;

/// <summary>Harvest accounts for tests of the messages that read them (only the counts a message shows vary).</summary>
internal static class HarvestAccounts
{
    /// <summary>An account of <paramref name="yielded"/> offers out of <paramref name="expected"/>, <paramref name="unreachable"/> of them out of reach.</summary>
    public static HarvestReconciliation Of(long yielded, long expected, long unreachable = 0) => new()
    {
        ExpectedTotal = expected,
        Yielded = yielded,
        DuplicatesSkipped = 0,
        Requests = 60,
        Windows = 3,
        WindowsRewalked = 0,
        Unreachable = unreachable,
        StoppedAtRangeCap = false,
    };
}
