namespace OffresEmploi.Cli.Storage;

/// <summary>A DuckDB engine found by <see cref="EngineSearch"/>.</summary>
/// <param name="Path">The engine's file; for <see cref="EngineSource.System"/>, the name the system resolved.</param>
/// <param name="Source">Where it was found.</param>
internal sealed record EngineLocation(string Path, EngineSource Source)
{
    /// <summary>Gets how <c>offres engine status</c> names the source.</summary>
    public string Description => Source switch
    {
        EngineSource.Variable => $"set by {EngineSearch.LibraryVariable}",
        EngineSource.BesideProgram => "beside the program",
        EngineSource.EngineFolder => "installed by `offres engine install`",
        EngineSource.NuGetCache => "from the NuGet package cache",
        _ => "from the system's library path",
    };
}
