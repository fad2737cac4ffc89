using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Settings;
using OffresEmploi.ContractCheck;
using Spectre.Console;

namespace OffresEmploi.Cli.Commands;

/// <summary>
/// <c>offres contract-check</c>: probes the API with a bounded set of requests and reports where it differs from the
/// project's spec (exit 1), and what it does for each rule the reference marks uncertain (docs/contract-watch.md).
/// </summary>
internal sealed class ContractCheckCommand(CliContext context) : ApiCommand<ContractCheckSettings>(context)
{
    public override async Task<int> ExecuteAsync(ContractCheckSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Budget is < 1 or > 500)
        {
            throw new UsageException($"--budget: {settings.Budget} is out of range; give a number of requests from 1 to 500 (e.g. --budget 60).");
        }

        if ((OutputPath.ExtensionError(settings.Report, "--report", ".md") ?? OutputPath.ExtensionError(settings.Json, "--json", ".json")) is { } extension)
        {
            throw new UsageException(extension);
        }

        var reportPath = settings.Report is { } report ? OutputPath.Prepare(report, "--report") : null;
        var jsonPath = settings.Json is { } json ? OutputPath.Prepare(json, "--json") : null;
        using var session = OpenSession(settings);
        var result = await ContractChecker.RunAsync(session.Client, new ContractCheckOptions { RequestBudget = settings.Budget }, cancellationToken);

        var markdown = result.ToMarkdown();
        Context.Out.Profile.Out.Writer.Write(markdown);
        if (reportPath is not null)
        {
            await File.WriteAllTextAsync(reportPath, markdown, cancellationToken);
            PlainLine.Write(Context.Out, "", $"Wrote {reportPath}.");
        }

        if (jsonPath is not null)
        {
            await File.WriteAllTextAsync(jsonPath, result.ToJson(), cancellationToken);
            PlainLine.Write(Context.Out, "", $"Wrote {jsonPath}.");
        }

        return result.HasDrift ? ExitCodes.Failure : ExitCodes.Success;
    }
}
