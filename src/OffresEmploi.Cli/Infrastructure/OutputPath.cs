namespace OffresEmploi.Cli.Infrastructure;

/// <summary>
/// Readies an output file before any request: its folder is created, and a path that cannot be written is refused
/// then, not after minutes of fetching. <c>--out</c>, <c>--png</c> and <c>--csv</c> all go through here.
/// </summary>
internal static class OutputPath
{
    /// <summary>Checks the extension of an output file given to a single-format option, before anything else runs.</summary>
    /// <param name="path">The path the user gave; null when the option is absent.</param>
    /// <param name="option">The option (<c>--csv</c>).</param>
    /// <param name="extension">The extension it needs (<c>.csv</c>).</param>
    /// <returns>The error naming the option, or null.</returns>
    public static string? ExtensionError(string? path, string option, string extension) =>
        path is not null && !path.EndsWith(extension, StringComparison.OrdinalIgnoreCase) ? $"{option} needs a file name ending in {extension}." : null;

    /// <summary>Returns the full path of <paramref name="path"/> with its folder created.</summary>
    /// <param name="path">The path the user gave.</param>
    /// <param name="option">The option that gave it (<c>--png</c>), for the error.</param>
    /// <returns>The full path.</returns>
    /// <exception cref="UsageException">The path is a folder, or its folder cannot be created.</exception>
    public static string Prepare(string path, string option)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new UsageException($"{option} \"{path}\": this is a folder; give a file name.");
        }

        try
        {
            _ = Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{option} \"{path}\": its folder cannot be created ({e.Message})", e);
        }

        return full;
    }
}
