using System.Text;

namespace OffresEmploi.CodeGen.Output;

/// <summary>Compares and writes a complete in-memory tree of generated files to the output directory.</summary>
/// <remarks>
/// The output directory belongs to the generator: files it no longer produces are deleted. Writing only happens after
/// the whole tree was generated, so a failing spec never leaves half a tree behind.
/// </remarks>
internal static class GeneratedOutput
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Lists the files whose disk content differs from <paramref name="files"/>, in ordinal path order.</summary>
    public static IReadOnlyList<FileDifference> Diff(string outputDirectory, IReadOnlyDictionary<string, string> files)
    {
        var differences = new List<FileDifference>();
        var onDisk = ExistingFiles(outputDirectory);
        foreach (var (relativePath, content) in files)
        {
            if (!onDisk.Contains(relativePath))
            {
                differences.Add(new FileDifference(relativePath, DifferenceKind.Missing));
            }
            else if (!string.Equals(ReadNormalized(Path.Combine(outputDirectory, relativePath)), content, StringComparison.Ordinal))
            {
                differences.Add(new FileDifference(relativePath, DifferenceKind.Changed));
            }
        }

        differences.AddRange(onDisk.Where(path => !files.ContainsKey(path)).Select(path => new FileDifference(path, DifferenceKind.Stale)));
        return [.. differences.OrderBy(d => d.RelativePath, StringComparer.Ordinal)];
    }

    /// <summary>Brings the output directory in line with <paramref name="files"/> and returns what changed.</summary>
    public static IReadOnlyList<FileDifference> Write(string outputDirectory, IReadOnlyDictionary<string, string> files)
    {
        var differences = Diff(outputDirectory, files);
        foreach (var difference in differences)
        {
            var fullPath = Path.Combine(outputDirectory, difference.RelativePath);
            if (difference.Kind == DifferenceKind.Stale)
            {
                File.Delete(fullPath);
            }
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
                File.WriteAllText(fullPath, files[difference.RelativePath], Utf8NoBom);
            }
        }

        RemoveEmptyDirectories(outputDirectory);
        return differences;
    }

    private static HashSet<string> ExistingFiles(string outputDirectory) =>
        Directory.Exists(outputDirectory)
            ? Directory.EnumerateFiles(outputDirectory, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(outputDirectory, path).Replace('\\', '/'))
                .ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    // A checkout with CRLF line endings must not count as drift.
    private static string ReadNormalized(string path) => File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static void RemoveEmptyDirectories(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (var child in Directory.EnumerateDirectories(directory))
        {
            RemoveEmptyDirectories(child);
            if (!Directory.EnumerateFileSystemEntries(child).Any())
            {
                Directory.Delete(child);
            }
        }
    }
}
