using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Storage;
using OffresEmploi.Cli.Tests.TestSupport;

namespace OffresEmploi.Cli.Tests.Storage;

/// <summary>Where <c>offres</c> looks for the DuckDB engine the packages leave out, in order: OFFRES_DUCKDB_LIBRARY,
/// beside the program, the engine folder, the NuGet cache. Each place is a temporary folder holding a stand-in file
/// (the search only checks that files exist; loading is <see cref="DuckDbEngineTests"/>'s).</summary>
public sealed class EngineSearchTests : IDisposable
{
    private const string Version = "1.5.6.1";
    private static readonly EnginePlatform Linux = EnginePlatform.For("linux", "x64");

    private readonly TempDirectory _root = new();
    private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);

    public EngineSearchTests()
    {
        _environment["HOME"] = Folder("home");
        _environment["XDG_DATA_HOME"] = Folder("data");
        _environment["NUGET_PACKAGES"] = Folder("nuget");
    }

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Find_EveryPlacePresent_TakesThemInTheDocumentedOrder()
    {
        var variable = Place(Path.Combine(Folder("custom"), "my-duckdb.so"));
        var beside = Place(Path.Combine(Folder("program"), "libduckdb.so"));
        var installed = Place(Path.Combine(Folder("data"), "offres", "duckdb", Version, "linux-x64", "libduckdb.so"));
        var cached = Place(Path.Combine(Folder("nuget"), "duckdb.net.bindings.full", Version, "runtimes", "linux-x64", "native", "libduckdb.so"));
        _environment["OFFRES_DUCKDB_LIBRARY"] = variable;

        Assert.Equal(new EngineLocation(variable, EngineSource.Variable), CreateSut().Find());
        _environment.Remove("OFFRES_DUCKDB_LIBRARY");
        Assert.Equal(new EngineLocation(beside, EngineSource.BesideProgram), CreateSut().Find());
        File.Delete(beside);
        Assert.Equal(new EngineLocation(installed, EngineSource.EngineFolder), CreateSut().Find());
        File.Delete(installed);
        Assert.Equal(new EngineLocation(cached, EngineSource.NuGetCache), CreateSut().Find());
        File.Delete(cached);
        Assert.Null(CreateSut().Find());
    }

    [Fact]
    public void Find_DevBuildLayout_FindsTheRuntimesFolderBesideTheProgram()
    {
        var dev = Place(Path.Combine(Folder("program"), "runtimes", "linux-x64", "native", "libduckdb.so"));

        Assert.Equal(new EngineLocation(dev, EngineSource.BesideProgram), CreateSut().Find());
    }

    [Fact]
    public void Find_MacOs_UsesThePackagesUniversalOsxFolder()
    {
        var cached = Place(Path.Combine(Folder("nuget"), "duckdb.net.bindings.full", Version, "runtimes", "osx", "native", "libduckdb.dylib"));

        var found = CreateSut(EnginePlatform.For("osx", "arm64")).Find();

        Assert.Equal(new EngineLocation(cached, EngineSource.NuGetCache), found);
    }

    [Fact]
    public void Find_NoXdgDataHomeNorNuGetPackages_UsesTheirDefaultsUnderHome()
    {
        _environment.Remove("XDG_DATA_HOME");
        _environment.Remove("NUGET_PACKAGES");
        var cached = Place(Path.Combine(Folder("home"), ".nuget", "packages", "duckdb.net.bindings.full", Version, "runtimes", "linux-x64", "native", "libduckdb.so"));

        Assert.Equal(new EngineLocation(cached, EngineSource.NuGetCache), CreateSut().Find());
        var installed = Place(Path.Combine(Folder("home"), ".local", "share", "offres", "duckdb", Version, "linux-x64", "libduckdb.so"));
        Assert.Equal(new EngineLocation(installed, EngineSource.EngineFolder), CreateSut().Find());
    }

    [Fact]
    public void EngineFolder_RelativeXdgDataHome_IsIgnoredAsTheSpecSays()
    {
        _environment["XDG_DATA_HOME"] = "relative/data";

        Assert.Equal(Path.Combine(Folder("home"), ".local", "share", "offres", "duckdb", Version, "linux-x64"), CreateSut().EngineFolder);
    }

    [Fact]
    public void Find_VariableNamesNoFile_IsAUsageErrorNamingTheVariable()
    {
        var missing = Path.Combine(Folder("custom"), "nope.so");
        _environment["OFFRES_DUCKDB_LIBRARY"] = missing;
        Place(Path.Combine(Folder("program"), "libduckdb.so"));   // a fallback exists: the variable's mistake is still reported

        var error = Assert.Throws<UsageException>(() => CreateSut().Find());

        Assert.Equal($"OFFRES_DUCKDB_LIBRARY: '{missing}' does not exist; set it to the DuckDB engine's file (libduckdb.so), or unset it to use the engine `offres engine install` installs.", error.Message);
    }

    [Fact]
    public void Find_VariableNamesAFolder_IsAUsageErrorSayingSo()
    {
        _environment["OFFRES_DUCKDB_LIBRARY"] = Folder("custom");

        var error = Assert.Throws<UsageException>(() => CreateSut().Find());

        Assert.StartsWith($"OFFRES_DUCKDB_LIBRARY: '{Folder("custom")}' is a folder;", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingMessage_SaysWhyItIsMissingAndTheCommandThatGetsIt()
    {
        Assert.Equal(
            "offres sync and offres sql need the DuckDB engine (libduckdb.so, DuckDB.NET 1.5.6.1 for linux-x64), which the offres package leaves out to stay small, and it was not found: run `offres engine install` to download it (about 110 MB, once), or set OFFRES_DUCKDB_LIBRARY to its file.",
            CreateSut().MissingMessage());
    }

    [Fact]
    public void EngineRelease_IsTheRestoredPackagesVersionAndHash()
    {
        // The version embedded at build time names the restored package, whose hash file holds the embedded SHA-512.
        var hashFile = Path.Combine(EngineFiles.CachedPackageFolder, EngineRelease.PackageFileName(EngineRelease.Version) + ".sha512");

        Assert.Equal("1.5.6.1", EngineRelease.Version);
        Assert.Equal(File.ReadAllText(hashFile).Trim(), EngineRelease.Sha512);
    }

    private EngineSearch CreateSut(EnginePlatform? platform = null) => new()
    {
        GetEnvironmentVariable = name => _environment.GetValueOrDefault(name),
        BaseDirectory = Folder("program"),
        HomeDirectory = Folder("unused-home"),
        Platform = platform ?? Linux,
        Version = Version,
    };

    private string Folder(string name)
    {
        var folder = _root.File(name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string Place(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "stand-in");
        return file;
    }
}
