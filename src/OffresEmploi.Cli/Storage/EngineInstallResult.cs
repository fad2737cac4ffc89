namespace OffresEmploi.Cli.Storage;

/// <summary>What <see cref="EngineInstaller.InstallAsync"/> did.</summary>
/// <param name="Library">The installed engine's file.</param>
/// <param name="Downloaded">The bytes downloaded (0 when it was already installed).</param>
/// <param name="AlreadyInstalled">The engine was there already; nothing was downloaded.</param>
internal sealed record EngineInstallResult(string Library, long Downloaded, bool AlreadyInstalled);
