using System.Security.Cryptography;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Storage;
using OffresEmploi.Cli.Tests.TestSupport;
using Spectre.Console.Testing;

namespace OffresEmploi.Cli.Tests.Storage;

/// <summary><c>offres engine install</c> against a NuGet flat container on a loopback port: the real 110 MB package
/// once (installed, then used by a fresh <c>offres</c>), altered bytes refused with nothing written, and small fake
/// packages (with their own pinned hash) for the layout cases.</summary>
public sealed class EngineInstallTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    private string Home => Folder("home");

    private string DataHome => Folder("data");

    [Fact]
    public async Task Install_RealPackage_InstallsThisPlatformsEngine_ThatANewOffresUses()
    {
        var path = EngineFiles.FlatContainerPath(EngineRelease.Version);
        await using var server = new LoopbackFileServer(new Dictionary<string, Func<Stream>> { [path] = () => File.OpenRead(EngineFiles.CachedPackage) });

        var run = await Runner().InvokeAsync("engine", "install", "--source", server.Address.AbsoluteUri);

        var folder = Path.Combine(DataHome, "offres", "duckdb", EngineRelease.Version, EnginePlatform.Current.Rid);
        var library = Path.Combine(folder, EnginePlatform.Current.LibraryFileName);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal($"Installed the DuckDB engine (DuckDB.NET 1.5.6.1, {new FileInfo(EngineFiles.CachedPackage).Length / 1e6:0.0} MB downloaded from 127.0.0.1, SHA-512 checked): {library}", run.Out.Trim());
        Assert.Equal([path], server.Requests);
        Assert.Equal([library], EngineFiles.FilesUnder(DataHome));
        Assert.Equal(Sha256(EngineFiles.CachedLibrary), Sha256(library));

        // A fresh offres with no NuGet cache (HOME and NUGET_PACKAGES are empty) finds it in the engine folder, loads it and runs a database.
        var environment = OffresProcess.Nowhere(Home);
        environment["XDG_DATA_HOME"] = environment["LOCALAPPDATA"] = DataHome;
        var status = await OffresProcess.RunAsync(environment, "engine", "status");
        Assert.Equal(ExitCodes.Success, status.ExitCode);
        Assert.Equal($"DuckDB engine v1.5.6 (DuckDB.NET 1.5.6.1), installed by `offres engine install`: {library}", status.Out.Trim());

        // Installed: a second install downloads nothing.
        var again = await Runner().InvokeAsync("engine", "install", "--source", server.Address.AbsoluteUri);
        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.Equal($"The DuckDB engine is already installed: {library} (--force downloads it again).", again.Out.Trim());
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Install_AlteredPackage_IsRefusedAndNothingIsWritten()
    {
        var path = EngineFiles.FlatContainerPath(EngineRelease.Version);
        var altered = EngineFiles.FakePackage(EnginePlatform.Current.PackageFolders[0]);
        await using var server = new LoopbackFileServer(new Dictionary<string, Func<Stream>> { [path] = () => new MemoryStream(altered) });

        // The source comes from OFFRES_NUGET_SOURCE here (the default run has no --source).
        var run = await Runner().WithEnvironment("OFFRES_NUGET_SOURCE", server.Address.AbsoluteUri).InvokeAsync("engine", "install");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal(
            $"error: the package downloaded from {server.Address}{path.TrimStart('/')} is not DuckDB.NET 1.5.6.1's: its SHA-512 is {EngineFiles.Sha512(altered)[..16]}…, this offres expects {EngineRelease.Sha512[..16]}…; nothing was installed. Check --source or OFFRES_NUGET_SOURCE (a proxy or mirror may have altered it).",
            LastLine(run.Error));
        Assert.Equal([path], server.Requests);
        Assert.Empty(EngineFiles.FilesUnder(DataHome));
        Assert.False(Directory.Exists(Path.Combine(DataHome, "offres", "duckdb", EngineRelease.Version)));
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task Install_FakePackageWithItsHash_ExtractsOnlyThisPlatformsNativeFolder()
    {
        var search = Search(EnginePlatform.For("linux", "x64"));
        var package = EngineFiles.FakePackage("runtimes/linux-x64/native", "runtimes/linux-arm64/native", "runtimes/win-x64/native");
        await using var server = Serve(search.Version, package);

        var result = await Installer(search, package).InstallAsync(server.Address, force: false, TestContext.Current.CancellationToken);

        Assert.Equal(new EngineInstallResult(Path.Combine(search.EngineFolder, search.Platform.LibraryFileName), package.Length, AlreadyInstalled: false), result);
        Assert.Equal(
            [Path.Combine(search.EngineFolder, "LICENSE-native.txt"), Path.Combine(search.EngineFolder, search.Platform.LibraryFileName)],
            EngineFiles.FilesUnder(DataHome).Order(StringComparer.Ordinal));
        Assert.Equal("fake engine of runtimes/linux-x64/native", await File.ReadAllTextAsync(result.Library, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Install_MacOs_TakesTheUniversalOsxFolder()
    {
        var search = Search(EnginePlatform.For("osx", "arm64"));
        var package = EngineFiles.FakePackage("runtimes/osx/native", "runtimes/linux-x64/native");
        await using var server = Serve(search.Version, package);

        var result = await Installer(search, package).InstallAsync(server.Address, force: false, TestContext.Current.CancellationToken);

        Assert.Equal(Path.Combine(DataHome, "offres", "duckdb", "9.9.9", "osx-arm64", "libduckdb.dylib"), result.Library);
        Assert.Equal("fake engine of runtimes/osx/native", await File.ReadAllTextAsync(result.Library, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Install_Force_ReplacesTheInstalledEngine()
    {
        var search = Search(EnginePlatform.For("linux", "x64"));
        var first = EngineFiles.FakePackage("runtimes/linux-x64/native");
        await using (var server = Serve(search.Version, first))
        {
            await Installer(search, first).InstallAsync(server.Address, force: false, TestContext.Current.CancellationToken);
        }

        var second = EngineFiles.FakePackage("runtimes/linux-x64/native", "runtimes/linux-arm64/native");
        await using var newer = Serve(search.Version, second);
        var skipped = await Installer(search, second).InstallAsync(newer.Address, force: false, TestContext.Current.CancellationToken);
        var replaced = await Installer(search, second).InstallAsync(newer.Address, force: true, TestContext.Current.CancellationToken);

        Assert.True(skipped.AlreadyInstalled);
        Assert.False(replaced.AlreadyInstalled);
        Assert.Equal(second.Length, replaced.Downloaded);
        Assert.Single(newer.Requests);
        Assert.Equal(2, EngineFiles.FilesUnder(DataHome).Length);
    }

    [Fact]
    public async Task Install_PackageWithoutThisPlatform_SaysSoAndWritesNothing()
    {
        var search = Search(EnginePlatform.For("linux", "riscv64"));
        var package = EngineFiles.FakePackage("runtimes/linux-x64/native");
        await using var server = Serve(search.Version, package);

        var error = await Assert.ThrowsAsync<DuckDbEngineException>(() => Installer(search, package).InstallAsync(server.Address, force: false, TestContext.Current.CancellationToken));

        Assert.Equal("DuckDB.NET 9.9.9 has no engine for linux-riscv64 (looked in runtimes/linux-riscv64/native, runtimes/linux/native); set OFFRES_DUCKDB_LIBRARY to a DuckDB engine built for this platform.", error.Message);
        Assert.Empty(EngineFiles.FilesUnder(DataHome));
    }

    [Fact]
    public async Task Install_SourceWithoutThePackage_NamesTheStatusAndTheSetting()
    {
        await using var server = new LoopbackFileServer(new Dictionary<string, Func<Stream>>());

        var run = await Runner().InvokeAsync("engine", "install", "--source", server.Address.AbsoluteUri);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal($"error: {server.Address}{EngineFiles.FlatContainerPath(EngineRelease.Version).TrimStart('/')} answered HTTP 404 instead of the DuckDB engine's package: check --source or OFFRES_NUGET_SOURCE (a NuGet v3 flat container, such as https://api.nuget.org/v3-flatcontainer/).", run.ErrorLine);
        Assert.Empty(EngineFiles.FilesUnder(DataHome));
    }

    [Theory]
    [InlineData("--source", "ftp://mirror/v3-flatcontainer/")]
    [InlineData("OFFRES_NUGET_SOURCE", "not a url")]
    public async Task Install_SourceNotHttp_IsAUsageErrorNamingIt(string name, string value)
    {
        var runner = Runner();
        var args = new List<string> { "engine", "install" };
        if (name.StartsWith("--", StringComparison.Ordinal))
        {
            args.AddRange([name, value]);
        }
        else
        {
            runner.WithEnvironment(name, value);
        }

        var run = await runner.InvokeAsync([.. args]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal($"error: {name}: '{value}' is not an http(s) address; give a NuGet v3 flat container (e.g. https://api.nuget.org/v3-flatcontainer/).", run.ErrorLine);
    }

    private CliRunner Runner() => new CliRunner()
        .WithEnvironment("HOME", Home)
        .WithEnvironment("USERPROFILE", Home)
        .WithEnvironment("XDG_DATA_HOME", DataHome)
        .WithEnvironment("LOCALAPPDATA", DataHome);

    private EngineSearch Search(EnginePlatform platform) => new()
    {
        GetEnvironmentVariable = name => name is "HOME" or "USERPROFILE" ? Home : name is "XDG_DATA_HOME" or "LOCALAPPDATA" ? DataHome : null,
        Platform = platform,
        Version = "9.9.9",
    };

    private static EngineInstaller Installer(EngineSearch search, byte[] package) =>
        new(search, new TestConsole()) { ExpectedSha512 = EngineFiles.Sha512(package) };

    private static LoopbackFileServer Serve(string version, byte[] package) =>
        new(new Dictionary<string, Func<Stream>> { [EngineFiles.FlatContainerPath(version)] = () => new MemoryStream(package) });

    private string Folder(string name)
    {
        var folder = _root.File(name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    // The progress bar comes first on standard error; the error line is the last.
    private static string LastLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];

    private static string Sha256(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexString(SHA256.HashData(stream));
    }
}
