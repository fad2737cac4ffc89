using System.Globalization;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Settings;
using OffresEmploi.Cli.Storage;

namespace OffresEmploi.Cli.Commands;

/// <summary><c>offres engine install</c>: downloads the DuckDB engine that <c>offres sync</c> and <c>offres sql</c> need
/// and the tool packages leave out (docs/cli.md, "The DuckDB engine").</summary>
internal sealed class EngineInstallCommand(CliContext context) : ApiCommand<EngineInstallSettings>(context)
{
    public override async Task<int> ExecuteAsync(EngineInstallSettings settings, CancellationToken cancellationToken)
    {
        var source = Source(settings);
        var installer = new EngineInstaller(EngineSearch.For(Context.GetEnvironmentVariable), Context.Error);
        var result = await installer.InstallAsync(source, settings.Force, cancellationToken);
        var line = result.AlreadyInstalled
            ? $"The DuckDB engine is already installed: {result.Library} (--force downloads it again)."
            : string.Create(CultureInfo.InvariantCulture, $"Installed the DuckDB engine (DuckDB.NET {EngineRelease.Version}, {result.Downloaded / 1e6:0.0} MB downloaded from {source.Host}, SHA-512 checked): {result.Library}");
        PlainLine.Write(Context.Out, "", line);
        return ExitCodes.Success;
    }

    // --source, else OFFRES_NUGET_SOURCE, else nuget.org; checked before any request.
    private Uri Source(EngineInstallSettings settings)
    {
        var (name, value) = settings.Source is { } option
            ? ("--source", option)
            : (EngineInstaller.SourceVariable, Context.GetEnvironmentVariable(EngineInstaller.SourceVariable));
        if (string.IsNullOrWhiteSpace(value) && name == EngineInstaller.SourceVariable)
        {
            return EngineInstaller.DefaultSource;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : throw new UsageException($"{name}: '{value}' is not an http(s) address; give a NuGet v3 flat container (e.g. {EngineInstaller.DefaultSource}).");
    }
}
