using System.IO.Compression;
using System.Security.Cryptography;
using Spectre.Console;

namespace OffresEmploi.Cli.Storage;

/// <summary><c>offres engine install</c>'s work: downloads DuckDB.NET.Bindings.Full from a NuGet v3 flat container,
/// refuses it unless its SHA-512 is the one this build was compiled with, and moves this platform's engine into the
/// user's engine folder in one step, so a failed or interrupted install leaves nothing a search would find.</summary>
/// <param name="search">Where the engine goes (<see cref="EngineSearch.EngineFolder"/>), and which version and platform.</param>
/// <param name="progress">Standard error, where the download's progress bar goes.</param>
internal sealed class EngineInstaller(EngineSearch search, IAnsiConsole progress)
{
    /// <summary>The variable naming another NuGet v3 flat container (a mirror, a company feed).</summary>
    public const string SourceVariable = "OFFRES_NUGET_SOURCE";

    /// <summary>nuget.org's flat container.</summary>
    public static readonly Uri DefaultSource = new("https://api.nuget.org/v3-flatcontainer/");

    /// <summary>The base64 SHA-512 the package must have; the one embedded at build time unless a test gives another.</summary>
    public string ExpectedSha512 { get; init; } = EngineRelease.Sha512;

    /// <summary>How long the download may go without receiving a byte before it is abandoned.</summary>
    public TimeSpan StallTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The package's address in a flat container.</summary>
    /// <param name="source">The flat container's base address.</param>
    /// <param name="version">The package version.</param>
    /// <returns>The .nupkg's address.</returns>
    public static Uri PackageUri(Uri source, string version)
    {
        var id = EngineRelease.PackageId.ToLowerInvariant();
        var root = source.AbsoluteUri.EndsWith('/') ? source.AbsoluteUri : source.AbsoluteUri + "/";
        return new Uri($"{root}{id}/{version.ToLowerInvariant()}/{EngineRelease.PackageFileName(version)}");
    }

    /// <summary>Installs the engine, unless it is already installed and <paramref name="force"/> is false.</summary>
    /// <param name="source">The flat container's base address.</param>
    /// <param name="force">Download and replace it even when it is installed.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="DuckDbEngineException">The download failed, or the package is not the expected one (nothing is written).</exception>
    public async Task<EngineInstallResult> InstallAsync(Uri source, bool force, CancellationToken cancellationToken)
    {
        var target = search.EngineFolder;
        var library = Path.Combine(target, search.Platform.LibraryFileName);
        if (!force && File.Exists(library))
        {
            return new(library, Downloaded: 0, AlreadyInstalled: true);
        }

        // Temporary files sit beside the target, on its file system, so the final move is a rename.
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var suffix = Guid.NewGuid().ToString("N");
        var package = Path.Combine(parent, $".download-{suffix}.nupkg");
        var staging = Path.Combine(parent, $".{search.Platform.Rid}-{suffix}");
        var installed = false;
        try
        {
            var uri = PackageUri(source, search.Version);
            var (bytes, hash) = await DownloadAsync(uri, package, cancellationToken);
            if (!string.Equals(hash, ExpectedSha512, StringComparison.Ordinal))
            {
                throw new DuckDbEngineException(
                    $"the package downloaded from {uri} is not DuckDB.NET {search.Version}'s: its SHA-512 is {hash[..16]}…, this offres expects {ExpectedSha512[..16]}…; nothing was installed. Check --source or {SourceVariable} (a proxy or mirror may have altered it).");
            }

            Extract(package, staging);
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            Directory.Move(staging, target);
            installed = true;
            return new(library, bytes, AlreadyInstalled: false);
        }
        finally
        {
            File.Delete(package);
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            // A refused or failed install leaves no trace, not even the version's empty folder.
            if (!installed && !Directory.EnumerateFileSystemEntries(parent).Any())
            {
                Directory.Delete(parent);
            }
        }
    }

    private async Task<(long Bytes, string Sha512)> DownloadAsync(Uri uri, string file, CancellationToken cancellationToken)
    {
        using var stall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            stall.CancelAfter(StallTimeout);
            using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, stall.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new DuckDbEngineException(
                    $"{uri} answered HTTP {(int)response.StatusCode} instead of the DuckDB engine's package: check --source or {SourceVariable} (a NuGet v3 flat container, such as {DefaultSource}).");
            }

            await using var body = await response.Content.ReadAsStreamAsync(stall.Token);
            await using var output = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            using var sha512 = IncrementalHash.CreateHash(HashAlgorithmName.SHA512);
            var total = response.Content.Headers.ContentLength;
            var bytes = await progress.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn(), new TransferSpeedColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask($"DuckDB engine {search.Version}", maxValue: total ?? 1);
                    task.IsIndeterminate = total is null;
                    var buffer = new byte[1 << 16];
                    long received = 0;
                    int read;
                    while ((read = await body.ReadAsync(buffer, stall.Token)) > 0)
                    {
                        stall.CancelAfter(StallTimeout);
                        sha512.AppendData(buffer, 0, read);
                        await output.WriteAsync(buffer.AsMemory(0, read), stall.Token);
                        received += read;
                        task.Value = received;
                    }

                    task.MaxValue = Math.Max(received, 1);
                    task.Value = task.MaxValue;
                    task.StopTask();
                    return received;
                });
            return (bytes, Convert.ToBase64String(sha512.GetHashAndReset()));
        }
        catch (OperationCanceledException) when (stall.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new DuckDbEngineException($"the download from {uri} stalled: nothing arrived for {StallTimeout.TotalSeconds:0} s; check the network or {SourceVariable}, then retry. Nothing was installed.");
        }
        catch (HttpRequestException e)
        {
            throw new DuckDbEngineException($"the DuckDB engine could not be downloaded from {uri} ({e.Message}): check the network, or --source / {SourceVariable}. Nothing was installed.", e);
        }
    }

    // Only this platform's natives: the package carries five platforms' (330 MB unpacked).
    private void Extract(string package, string staging)
    {
        using var zip = ZipFile.OpenRead(package);
        foreach (var folder in search.Platform.PackageFolders)
        {
            var prefix = folder + "/";
            var entries = zip.Entries.Where(e => e.FullName.StartsWith(prefix, StringComparison.Ordinal) && e.Name.Length > 0 && !e.FullName[prefix.Length..].Contains('/', StringComparison.Ordinal)).ToList();
            if (entries.Count > 0)
            {
                Directory.CreateDirectory(staging);
                foreach (var entry in entries)
                {
                    entry.ExtractToFile(Path.Combine(staging, entry.Name));
                }

                return;
            }
        }

        throw new DuckDbEngineException($"DuckDB.NET {search.Version} has no engine for {search.Platform.Rid} (looked in {string.Join(", ", search.Platform.PackageFolders)}); set {EngineSearch.LibraryVariable} to a DuckDB engine built for this platform.");
    }
}
