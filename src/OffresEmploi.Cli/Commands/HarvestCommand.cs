using OffresEmploi.Cli.Harvesting;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Settings;
using Spectre.Console;

namespace OffresEmploi.Cli.Commands;

/// <summary><c>offres harvest --out FILE</c>: every matching offer, streamed to disk, resumable, with a reconciliation line.</summary>
internal sealed class HarvestCommand(CliContext context) : ApiCommand<HarvestSettings>(context)
{
    public override async Task<int> ExecuteAsync(HarvestSettings settings, CancellationToken cancellationToken)
    {
        var files = HarvestFiles.For(settings.Out!);
        var query = BuildQuery(settings);
        using var session = OpenSession(settings);
        await using var output = await HarvestOutput.OpenAsync(files, query.Summary, settings.Force, Context.TimeProvider, cancellationToken);
        if (output.Resumed is { } resumed)
        {
            PlainLine.Write(Context.Error, "", $"Resuming: {Formats.Count(output.Offers)} offers already in {files.OutputPath} (checkpoint of {resumed.UpdatedAt:u}).");
        }

        var progress = new HarvestProgressView(Context.Error, Context.TimeProvider);
        Sdk.Models.HarvestReconciliation reconciliation;
        try
        {
            reconciliation = await progress.RunAsync(
                report => HarvestRunner.RunAsync(session.Client, query.Request, output, report, cancellationToken),
                cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C is not a failure of the harvest: say what is kept and that the same command goes on from there.
            HarvestSummary.WriteCancelled(Context.Error, output.Offers, files.OutputPath);
            return ExitCodes.Cancelled;
        }

        await output.CompleteAsync(cancellationToken);

        PlainLine.Write(Context.Out, "", HarvestSummary.Reconcile(reconciliation, files.OutputPath, output.Offers, output.Duplicates));
        return ExitCodes.Success;
    }
}
