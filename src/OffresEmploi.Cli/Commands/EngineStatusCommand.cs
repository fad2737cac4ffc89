using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Settings;
using OffresEmploi.Cli.Storage;

namespace OffresEmploi.Cli.Commands;

/// <summary><c>offres engine</c> (or <c>offres engine status</c>): where the DuckDB engine is found, and that it runs:
/// it loads the engine and asks an in-memory database for its version. Exit 1, with the way to get it, when it is missing.</summary>
internal sealed class EngineStatusCommand(CliContext context) : ApiCommand<GlobalSettings>(context)
{
    public override Task<int> ExecuteAsync(GlobalSettings settings, CancellationToken cancellationToken)
    {
        var (location, version) = DuckDbEngine.Check(EngineSearch.For(Context.GetEnvironmentVariable));
        PlainLine.Write(Context.Out, "", $"DuckDB engine {version} (DuckDB.NET {EngineRelease.Version}), {location.Description}: {location.Path}");
        return Task.FromResult(ExitCodes.Success);
    }
}
