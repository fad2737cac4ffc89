using System.Runtime.InteropServices;

namespace OffresEmploi.Cli.Storage;

/// <summary>This process's platform as DuckDB.NET.Bindings.Full lays out its engines: the runtime identifier, the
/// engine's file name, and the package folders that may hold it.</summary>
/// <param name="Rid">The runtime identifier (<c>linux-x64</c>, <c>osx-arm64</c>, <c>win-x64</c>, ...).</param>
/// <param name="LibraryFileName">The engine's file (<c>libduckdb.so</c>, <c>libduckdb.dylib</c>, <c>duckdb.dll</c>).</param>
/// <param name="PackageFolders">The package's folders for this platform, most specific first
/// (<c>runtimes/osx-arm64/native</c>, then <c>runtimes/osx/native</c>: macOS's engine is one universal file).</param>
internal sealed record EnginePlatform(string Rid, string LibraryFileName, IReadOnlyList<string> PackageFolders)
{
    /// <summary>Gets the platform this process runs on.</summary>
    public static EnginePlatform Current { get; } = Detect();

    /// <summary>Describes a platform.</summary>
    /// <param name="os">The runtime identifier's operating system part: <c>linux</c>, <c>osx</c> or <c>win</c>.</param>
    /// <param name="architecture">Its architecture part: <c>x64</c>, <c>arm64</c>, ...</param>
    /// <returns>The platform.</returns>
    public static EnginePlatform For(string os, string architecture)
    {
        var file = os switch
        {
            "win" => "duckdb.dll",
            "osx" => "libduckdb.dylib",
            _ => "libduckdb.so",
        };
        var rid = $"{os}-{architecture}";
        return new(rid, file, [$"runtimes/{rid}/native", $"runtimes/{os}/native"]);
    }

    // The portable identifier, from the OS and the process's architecture: RuntimeInformation.RuntimeIdentifier can be
    // a distribution's own (fedora.40-x64), which names no folder of the package.
    private static EnginePlatform Detect()
    {
        var os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        var architecture = RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
        return For(os, architecture);
    }
}
