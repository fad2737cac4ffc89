using System.Globalization;
using System.Runtime.InteropServices;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace OffresEmploi.Cli.Storage;

/// <summary>Opens DuckDB databases for <c>offres sync</c> and <c>offres sql</c>: the one place that knows where the
/// native engine comes from.</summary>
/// <remarks>The tool packages do not carry the engine (docs/cli.md, "The DuckDB engine"): <see cref="EngineSearch"/>
/// finds it, this class loads it once per process and hands it to DuckDB.NET's P/Invokes through a DLL import resolver,
/// so no copy of it has to sit where the runtime's own probing looks.</remarks>
internal static class DuckDbEngine
{
    /// <summary>The library name DuckDB.NET.Bindings imports.</summary>
    private const string ImportedName = "duckdb";

    private static readonly Lock Gate = new();
    private static EngineLocation? _loaded;

    /// <summary>Opens a database file.</summary>
    /// <param name="path">The database file; created when missing unless <paramref name="readOnly"/>.</param>
    /// <param name="readOnly">Open read-only (several readers may share the file).</param>
    /// <returns>The open connection.</returns>
    /// <exception cref="DuckDbEngineException">No engine was found, or the one found does not load.</exception>
    public static DuckDBConnection Open(string path, bool readOnly)
    {
        Load(EngineSearch.For(Environment.GetEnvironmentVariable));
        var connection = new DuckDBConnection(readOnly ? $"Data Source={path};ACCESS_MODE=READ_ONLY" : $"Data Source={path}");
        connection.Open();
        return connection;
    }

    /// <summary>Loads the engine <paramref name="search"/> finds, unless this process already loaded one.</summary>
    /// <param name="search">Where to look.</param>
    /// <returns>The engine this process uses (the first one loaded: a process cannot swap its DuckDB).</returns>
    /// <exception cref="DuckDbEngineException">No engine was found, or the one found does not load.</exception>
    public static EngineLocation Load(EngineSearch search)
    {
        // Searched every time, so a wrong OFFRES_DUCKDB_LIBRARY is reported even when an engine is loaded.
        var found = search.Find();
        lock (Gate)
        {
            if (_loaded is { } loaded)
            {
                return loaded;
            }

            var (location, handle) = found is not null ? (found, LoadFile(found, search)) : LoadFromSystem(search);
            NativeLibrary.SetDllImportResolver(typeof(DuckDBDateOnly).Assembly, (name, _, _) => name == ImportedName ? handle : IntPtr.Zero);
            _loaded = location;
            return location;
        }
    }

    /// <summary>The version of the engine this process loaded, as DuckDB reports it (<c>v1.5.6</c>), read from an
    /// in-memory database: proof that the engine runs, not only that a file exists.</summary>
    /// <param name="search">Where to look when no engine is loaded yet.</param>
    /// <returns>The engine and its version.</returns>
    public static (EngineLocation Location, string Version) Check(EngineSearch search)
    {
        var location = Load(search);
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version()";
        return (location, Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "");
    }

    private static IntPtr LoadFile(EngineLocation location, EngineSearch search)
    {
        try
        {
            return NativeLibrary.Load(location.Path);
        }
        catch (Exception e) when (e is DllNotFoundException or BadImageFormatException)
        {
            throw new DuckDbEngineException(
                $"the DuckDB engine at {location.Path} ({location.Description}) could not be loaded ({OneLine(e.Message)}): it must be DuckDB.NET {search.Version}'s engine for {search.Platform.Rid}; `offres engine install` downloads it, or set {EngineSearch.LibraryVariable} to another file.",
                e);
        }
    }

    private static (EngineLocation Location, IntPtr Handle) LoadFromSystem(EngineSearch search) =>
        NativeLibrary.TryLoad(search.Platform.LibraryFileName, out var handle)
            ? (new EngineLocation(search.Platform.LibraryFileName, EngineSource.System), handle)
            : throw new DuckDbEngineException(search.MissingMessage());

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
