namespace OffresEmploi.CodeGen.Cli;

/// <summary>Finds the repository root: the first directory upwards that holds <c>OffresEmploi.Sdk.sln</c>.</summary>
internal static class RepositoryRoot
{
    public const string SolutionFileName = "OffresEmploi.Sdk.sln";

    /// <summary>Searches from the working directory, then from the tool's own location.</summary>
    public static string? Find() => FindFrom(Directory.GetCurrentDirectory()) ?? FindFrom(AppContext.BaseDirectory);

    public static string? FindFrom(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    /// <summary>The path to show for <paramref name="path"/>: repository-relative with <c>/</c> when inside it.</summary>
    public static string Display(string path, string? root)
    {
        var full = Path.GetFullPath(path);
        if (root is null)
        {
            return full;
        }

        var relative = Path.GetRelativePath(root, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative.Replace('\\', '/');
    }
}
