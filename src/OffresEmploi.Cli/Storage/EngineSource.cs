namespace OffresEmploi.Cli.Storage;

/// <summary>Where the DuckDB engine was found, in the order <see cref="EngineSearch"/> looks.</summary>
internal enum EngineSource
{
    /// <summary>The file <c>OFFRES_DUCKDB_LIBRARY</c> names.</summary>
    Variable,

    /// <summary>Beside the program (or in its <c>runtimes/RID/native</c> folder).</summary>
    BesideProgram,

    /// <summary>The user's engine folder, filled by <c>offres engine install</c>.</summary>
    EngineFolder,

    /// <summary>The NuGet global packages folder, filled by restoring a project that references the package.</summary>
    NuGetCache,

    /// <summary>The operating system's library search (<c>LD_LIBRARY_PATH</c>, <c>PATH</c>, system folders).</summary>
    System,
}
