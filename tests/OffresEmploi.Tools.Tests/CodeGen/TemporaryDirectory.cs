namespace OffresEmploi.Tools.Tests.CodeGen;

/// <summary>A fresh directory under the system temp folder, deleted on dispose.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "offresemploi-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a file (creating folders) and returns its full path.</summary>
    public string Write(string relativePath, string content)
    {
        var fullPath = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        File.WriteAllText(fullPath, content);
        return fullPath;
    }

    /// <summary>Every file under the directory with its content, keyed by relative path with '/'.</summary>
    public SortedDictionary<string, string> Snapshot() => new(
        Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories).ToDictionary(
            file => System.IO.Path.GetRelativePath(Path, file).Replace('\\', '/'),
            File.ReadAllText),
        StringComparer.Ordinal);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
