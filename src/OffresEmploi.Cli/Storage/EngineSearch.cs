using OffresEmploi.Cli.Infrastructure;

namespace OffresEmploi.Cli.Storage;

/// <summary>Finds the DuckDB engine: the tool packages leave it out (70 MB per platform, over their 25 MB budget), so it
/// is looked for where a user, <c>offres engine install</c> or a restore of this repository put it. The first that
/// exists wins: <c>OFFRES_DUCKDB_LIBRARY</c>, beside the program, the user's engine folder, the NuGet cache, then the
/// system's library search (tried by <see cref="DuckDbEngine"/>, which can only try it by loading it).</summary>
/// <remarks>Every input is a property so tests point each source at a temporary folder.</remarks>
internal sealed class EngineSearch
{
    /// <summary>The variable naming the engine's file; it wins over every other place.</summary>
    public const string LibraryVariable = "OFFRES_DUCKDB_LIBRARY";

    /// <summary>Reads an environment variable.</summary>
    public required Func<string, string?> GetEnvironmentVariable { get; init; }

    /// <summary>The program's folder (<see cref="AppContext.BaseDirectory"/>).</summary>
    public string BaseDirectory { get; init; } = AppContext.BaseDirectory;

    /// <summary>The user's home, when <c>HOME</c> (or <c>USERPROFILE</c> on Windows) is not set.</summary>
    public string HomeDirectory { get; init; } = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

    /// <summary>The platform whose engine is looked for.</summary>
    public EnginePlatform Platform { get; init; } = EnginePlatform.Current;

    /// <summary>The DuckDB.NET version whose engine is looked for.</summary>
    public string Version { get; init; } = EngineRelease.Version;

    /// <summary>A search in this environment, from this program.</summary>
    /// <param name="getEnvironmentVariable">Reads an environment variable.</param>
    /// <returns>The search.</returns>
    public static EngineSearch For(Func<string, string?> getEnvironmentVariable) => new() { GetEnvironmentVariable = getEnvironmentVariable };

    /// <summary>Gets the folder <c>offres engine install</c> fills for this version and platform:
    /// <c>$XDG_DATA_HOME/offres/duckdb/VERSION/RID</c> (<c>~/.local/share</c> when unset; <c>%LOCALAPPDATA%</c> on Windows).</summary>
    public string EngineFolder => Path.Combine(DataHome(), "offres", "duckdb", Version, Platform.Rid);

    /// <summary>The places looked at, in order, each with the file it expects there.</summary>
    /// <returns>The candidates (the variable's only when it is set).</returns>
    public IEnumerable<EngineLocation> Candidates()
    {
        var file = Platform.LibraryFileName;
        if (Variable() is { } variable)
        {
            yield return new(variable, EngineSource.Variable);
        }

        yield return new(Path.Combine(BaseDirectory, file), EngineSource.BesideProgram);
        foreach (var folder in Platform.PackageFolders)
        {
            yield return new(Path.Combine(BaseDirectory, folder, file), EngineSource.BesideProgram);
        }

        yield return new(Path.Combine(EngineFolder, file), EngineSource.EngineFolder);
        var package = Path.Combine(NuGetPackages(), EngineRelease.PackageId.ToLowerInvariant(), Version.ToLowerInvariant());
        foreach (var folder in Platform.PackageFolders)
        {
            yield return new(Path.Combine(package, folder, file), EngineSource.NuGetCache);
        }
    }

    /// <summary>Finds the first engine file that exists.</summary>
    /// <returns>The engine; null when none of the files exists (the system's search is left to the loader).</returns>
    /// <exception cref="UsageException"><c>OFFRES_DUCKDB_LIBRARY</c> names no file.</exception>
    public EngineLocation? Find()
    {
        if (Variable() is { } variable && !File.Exists(variable))
        {
            var what = Directory.Exists(variable) ? "is a folder" : "does not exist";
            throw new UsageException($"{LibraryVariable}: '{variable}' {what}; set it to the DuckDB engine's file ({Platform.LibraryFileName}), or unset it to use the engine `offres engine install` installs.");
        }

        return Candidates().FirstOrDefault(c => File.Exists(c.Path));
    }

    /// <summary>The line printed when no engine can be loaded.</summary>
    /// <returns>The message.</returns>
    public string MissingMessage() =>
        $"offres sync and offres sql need the DuckDB engine ({Platform.LibraryFileName}, DuckDB.NET {Version} for {Platform.Rid}), which the offres package leaves out to stay small, and it was not found: run `offres engine install` to download it (about 110 MB, once), or set {LibraryVariable} to its file.";

    private string? Variable() => GetEnvironmentVariable(LibraryVariable) is { Length: > 0 } value ? Path.GetFullPath(value) : null;

    private string Home() =>
        GetEnvironmentVariable(OperatingSystem.IsWindows() ? "USERPROFILE" : "HOME") is { Length: > 0 } home ? home : HomeDirectory;

    private string DataHome()
    {
        if (OperatingSystem.IsWindows())
        {
            return GetEnvironmentVariable("LOCALAPPDATA") is { Length: > 0 } local ? local : Path.Combine(Home(), "AppData", "Local");
        }

        // The XDG base directory spec ignores a relative XDG_DATA_HOME.
        return GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } data && Path.IsPathRooted(data) ? data : Path.Combine(Home(), ".local", "share");
    }

    // NuGet's own rule: NUGET_PACKAGES, else ~/.nuget/packages (a nuget.config globalPackagesFolder is not read).
    private string NuGetPackages() =>
        GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages ? packages : Path.Combine(Home(), ".nuget", "packages");
}
