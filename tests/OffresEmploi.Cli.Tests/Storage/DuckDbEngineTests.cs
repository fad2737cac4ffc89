using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Storage;
using OffresEmploi.Cli.Tests.TestSupport;

namespace OffresEmploi.Cli.Tests.Storage;

/// <summary>The engine is found and runs: in this process (a clone's tests find it in the NuGet cache, as dev builds
/// do), and in fresh <c>offres</c> processes pointed at one place at a time, since a process loads one engine for life.</summary>
public sealed class DuckDbEngineTests
{
    [Fact]
    public void Open_WritesADatabaseThatReopensReadOnly()
    {
        using var folder = new TempDirectory();
        var file = folder.File("history.duckdb");

        using (var connection = DuckDbEngine.Open(file, readOnly: false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE offres (id VARCHAR); INSERT INTO offres VALUES ('190BPAB'), ('190BPAC')";
            command.ExecuteNonQuery();
        }

        using var reader = DuckDbEngine.Open(file, readOnly: true);
        using var count = reader.CreateCommand();
        count.CommandText = "SELECT count(*) FROM offres";
        Assert.Equal(2L, Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task EngineStatus_OnAClone_FindsTheEngineAndReadsItsVersion()
    {
        var run = await new CliRunner().InvokeAsync("engine", "status");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("DuckDB engine v1.5.6 (DuckDB.NET 1.5.6.1), ", run.Out, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Engine_WithoutSubcommand_IsTheStatus()
    {
        var run = await new CliRunner().InvokeAsync("engine");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("DuckDB engine v1.5.6 ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EngineStatus_WrongVariable_IsAUsageErrorNamingIt()
    {
        using var folder = new TempDirectory();
        var missing = folder.File("libduckdb.so");

        var run = await new CliRunner().WithEnvironment("OFFRES_DUCKDB_LIBRARY", missing).InvokeAsync("engine", "status");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal($"error: OFFRES_DUCKDB_LIBRARY: '{missing}' does not exist; set it to the DuckDB engine's file ({EnginePlatform.Current.LibraryFileName}), or unset it to use the engine `offres engine install` installs.", run.ErrorLine);
    }

    [Fact]
    public async Task NewProcess_NoEngineAnywhere_SaysWhyAndHowToGetIt()
    {
        using var home = new TempDirectory();

        var run = await OffresProcess.RunAsync(OffresProcess.Nowhere(home.Path), "engine", "status");

        var platform = EnginePlatform.Current;
        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal(
            $"error: offres sync and offres sql need the DuckDB engine ({platform.LibraryFileName}, DuckDB.NET 1.5.6.1 for {platform.Rid}), which the offres package leaves out to stay small, and it was not found: run `offres engine install` to download it (about 110 MB, once), or set OFFRES_DUCKDB_LIBRARY to its file.",
            run.ErrorLine);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task NewProcess_VariableSet_WinsOverTheNuGetCache()
    {
        using var folder = new TempDirectory();
        var engine = folder.File("my-duckdb");
        File.Copy(EngineFiles.CachedLibrary, engine);

        // HOME is the real one: the NuGet cache holds an engine too, and the variable wins.
        var run = await OffresProcess.RunAsync(new Dictionary<string, string> { ["OFFRES_DUCKDB_LIBRARY"] = engine }, "engine", "status");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal($"DuckDB engine v1.5.6 (DuckDB.NET 1.5.6.1), set by OFFRES_DUCKDB_LIBRARY: {engine}", run.Out.Trim());
    }

    [Fact]
    public async Task NewProcess_NoVariable_FindsTheNuGetCache()
    {
        // An empty engine folder, so an engine this machine's user installed does not come first.
        using var data = new TempDirectory();

        var run = await OffresProcess.RunAsync(new Dictionary<string, string> { ["XDG_DATA_HOME"] = data.Path, ["LOCALAPPDATA"] = data.Path }, "engine", "status");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal($"DuckDB engine v1.5.6 (DuckDB.NET 1.5.6.1), from the NuGet package cache: {EngineFiles.CachedLibrary}", run.Out.Trim());
    }

    [Fact]
    public async Task NewProcess_VariableNamesSomethingElse_SaysItDoesNotLoad()
    {
        using var folder = new TempDirectory();
        var notAnEngine = folder.File("libduckdb.so");
        await File.WriteAllTextAsync(notAnEngine, "not a shared library", TestContext.Current.CancellationToken);

        var run = await OffresProcess.RunAsync(new Dictionary<string, string> { ["OFFRES_DUCKDB_LIBRARY"] = notAnEngine }, "engine");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.StartsWith($"error: the DuckDB engine at {notAnEngine} (set by OFFRES_DUCKDB_LIBRARY) could not be loaded (", run.ErrorLine, StringComparison.Ordinal);
        Assert.EndsWith($"it must be DuckDB.NET 1.5.6.1's engine for {EnginePlatform.Current.Rid}; `offres engine install` downloads it, or set OFFRES_DUCKDB_LIBRARY to another file.", run.ErrorLine, StringComparison.Ordinal);
    }
}
