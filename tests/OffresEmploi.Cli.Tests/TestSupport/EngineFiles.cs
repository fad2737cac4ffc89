using System.IO.Compression;
using System.Security.Cryptography;
using OffresEmploi.Cli.Storage;

namespace OffresEmploi.Cli.Tests.TestSupport;

/// <summary>The real DuckDB engine and its package, from the NuGet cache that restoring this repository filled, and
/// small fake packages for the install tests that need no real engine.</summary>
internal static class EngineFiles
{
    /// <summary>The NuGet global packages folder, as NuGet finds it.</summary>
    public static string NuGetPackages { get; } =
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages
            ? packages
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>The restored DuckDB.NET.Bindings.Full folder.</summary>
    public static string CachedPackageFolder { get; } = Path.Combine(NuGetPackages, EngineRelease.PackageId.ToLowerInvariant(), EngineRelease.Version);

    /// <summary>The restored .nupkg (110 MB): the bytes nuget.org serves.</summary>
    public static string CachedPackage { get; } = Path.Combine(CachedPackageFolder, EngineRelease.PackageFileName(EngineRelease.Version));

    /// <summary>This platform's real engine in the NuGet cache.</summary>
    public static string CachedLibrary { get; } = EnginePlatform.Current.PackageFolders
        .Select(folder => Path.Combine(CachedPackageFolder, folder, EnginePlatform.Current.LibraryFileName))
        .First(File.Exists);

    /// <summary>The path of a package in a flat container, as <c>offres engine install</c> asks for it.</summary>
    public static string FlatContainerPath(string version) =>
        $"/{EngineRelease.PackageId.ToLowerInvariant()}/{version}/{EngineRelease.PackageFileName(version)}";

    /// <summary>A small package laid out as DuckDB.NET.Bindings.Full: a fake engine file per platform folder, and a managed assembly.</summary>
    /// <param name="folders">The package folders holding a fake engine (e.g. <c>runtimes/linux-x64/native</c>).</param>
    /// <returns>The .nupkg's bytes.</returns>
    public static byte[] FakePackage(params string[] folders)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var folder in folders)
            {
                var os = folder.Split('/')[1].Split('-')[0];
                Write(zip, $"{folder}/{EnginePlatform.For(os, "x64").LibraryFileName}", $"fake engine of {folder}");
                Write(zip, $"{folder}/LICENSE-native.txt", "a second native file");
            }

            Write(zip, "lib/net10.0/DuckDB.NET.Bindings.dll", "managed");
            Write(zip, "DuckDB.NET.Bindings.Full.nuspec", "<package/>");
        }

        return memory.ToArray();
    }

    /// <summary>The base64 SHA-512 of some bytes, as a .nupkg.sha512 file holds it.</summary>
    public static string Sha512(byte[] bytes) => Convert.ToBase64String(SHA512.HashData(bytes));

    /// <summary>Every file under a folder (none when it does not exist).</summary>
    public static string[] FilesUnder(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : [];

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }
}
