using System.Globalization;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Harvesting;

/// <summary>Builds the <see cref="OffresEmploiHarvestException"/> that ends a run, with its state and a message that says what to do.</summary>
internal static class HarvestErrors
{
    public static OffresEmploiHarvestException Stalled(HarvestGiveUpException giveUp, TimeSpan stallTimeout, HarvestReconciliation account, HarvestCheckpoint checkpoint)
    {
        var cause = giveUp.LastFailure;
        var message = Invariant(
            $"The complete retrieval gave up: no request was answered for {ConnectionFailures.FormatDuration(giveUp.Stalled)} (HarvestOptions.StallTimeout is {ConnectionFailures.FormatDuration(stallTimeout)}). ") +
            Account(account) + " Resume from the exception's Checkpoint once the API answers again.\nLast failure: " + cause.Message;
        return From(cause, message, HarvestStopReason.Stalled, account, checkpoint);
    }

    public static OffresEmploiHarvestException Failed(OffresEmploiException cause, HarvestReconciliation account, HarvestCheckpoint checkpoint)
    {
        var message = "The complete retrieval stopped on a failure that retrying cannot fix. " + Account(account) +
            " Fix the cause, then resume from the exception's Checkpoint.\nCause: " + cause.Message;
        return From(cause, message, HarvestStopReason.Failed, account, checkpoint);
    }

    public static OffresEmploiHarvestException Incomplete(HarvestReconciliation account, HarvestCheckpoint? checkpoint) =>
        new(Invariant($"The complete retrieval could not reach {account.Unreachable} of the {account.ExpectedTotal} announced offers: ") +
            "no request reaches them (offers without a creation date past the range cap, more offers created in one second than the cap, or a walk from an explicit range that meets the cap). " +
            Account(account) + " Narrow the criteria, or set HarvestOptions.AllowPartial to accept a partial result.")
        {
            Status = 200,
            Reason = HarvestStopReason.Incomplete,
            Reconciliation = account,
            Checkpoint = checkpoint,
        };

    /// <summary>Adds the state of the run to an error raised by one of its parts.</summary>
    public static OffresEmploiHarvestException WithState(OffresEmploiHarvestException stopped, HarvestReconciliation account, HarvestCheckpoint checkpoint) =>
        Copy(stopped, stopped.Message, stopped.InnerException, stopped.Reason, account, checkpoint);

    private static OffresEmploiHarvestException From(OffresEmploiException cause, string message, HarvestStopReason reason, HarvestReconciliation account, HarvestCheckpoint checkpoint) =>
        Copy(cause, message, cause, reason, account, checkpoint);

    /// <summary>A harvest error that reports <paramref name="source"/>'s status, codes and endpoint, so callers switching on them need not unwrap.</summary>
    private static OffresEmploiHarvestException Copy(OffresEmploiException source, string message, Exception? inner, HarvestStopReason reason, HarvestReconciliation account, HarvestCheckpoint checkpoint) =>
        new(message, inner)
        {
            Status = source.Status,
            ErrorCode = source.ErrorCode,
            ApiMessage = source.ApiMessage,
            ResponseContent = source.ResponseContent,
            ReasonPhrase = source.ReasonPhrase,
            Endpoint = source.Endpoint,
            Reason = reason,
            Reconciliation = account,
            Checkpoint = checkpoint,
        };

    private static string Account(HarvestReconciliation account) =>
        Invariant($"{account.Yielded} of {account.ExpectedTotal} announced offers were yielded in {account.Requests} requests.");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
