using System.Reflection;

namespace OffresEmploi.Cli.Storage;

/// <summary>The DuckDB engine this build of <c>offres</c> was compiled against: DuckDB.NET.Bindings.Full's version and
/// the SHA-512 of its package, both embedded at build time (OffresEmploi.Cli.csproj, target EmbedDuckDbEngineIdentity).</summary>
internal static class EngineRelease
{
    /// <summary>The NuGet package that carries the engine.</summary>
    public const string PackageId = "DuckDB.NET.Bindings.Full";

    /// <summary>Gets the package's version (e.g. <c>1.5.6.1</c>): the managed bindings must run on the engine they were built for.</summary>
    public static string Version { get; } = Metadata("DuckDbEngineVersion");

    /// <summary>Gets the base64 SHA-512 of the package's .nupkg, as NuGet recorded it when restoring this build.</summary>
    public static string Sha512 { get; } = Metadata("DuckDbEngineSha512");

    /// <summary>The .nupkg's file name in a NuGet v3 flat container (lower case, as the protocol requires).</summary>
    /// <param name="version">The version.</param>
    /// <returns>The file name.</returns>
    public static string PackageFileName(string version) => $"{PackageId.ToLowerInvariant()}.{version.ToLowerInvariant()}.nupkg";

    private static string Metadata(string key) =>
        typeof(EngineRelease).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The build did not embed {key} (OffresEmploi.Cli.csproj).");
}
