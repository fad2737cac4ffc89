namespace OffresEmploi.Tools;

/// <summary>A file a tool generates and the repository commits (the place index, the chart glyph atlas): written when
/// its content changed, or only checked (<c>--check</c>), so CI and drift tests can tell a stale file.</summary>
/// <remarks>Compiled into each generator tool (a linked source file), so the tools need no shared project.</remarks>
internal static class CommittedFile
{
    /// <summary>Writes or checks the committed file.</summary>
    /// <param name="relativePath">The file's path from the repository root.</param>
    /// <param name="bytes">The freshly generated content.</param>
    /// <param name="check">Only say whether the committed file is up to date.</param>
    /// <param name="toolProject">The tool's folder, for the "run ..." hint (<c>tools/OffresEmploi.PlaceIndex</c>).</param>
    /// <param name="embeddedBy">What embeds the file, for the "rebuild ..." hint (<c>the SDK</c>).</param>
    /// <param name="sameContent">Compares the committed bytes with the new ones; byte equality when null.</param>
    /// <returns>The exit code: 0 written or up to date, 1 out of date under <paramref name="check"/>, 2 no repository.</returns>
    public static int WriteOrCheck(string relativePath, byte[] bytes, bool check, string toolProject, string embeddedBy, Func<byte[], byte[], bool>? sameContent = null)
    {
        var root = FindRoot(Directory.GetCurrentDirectory()) ?? FindRoot(AppContext.BaseDirectory);
        if (root is null)
        {
            Console.Error.WriteLine("error: cannot find OffresEmploi.Sdk.sln above the working directory; run from the repository");
            return 2;
        }

        var path = Path.Combine(root, relativePath);
        var same = sameContent ?? ((committed, fresh) => committed.AsSpan().SequenceEqual(fresh));
        var upToDate = File.Exists(path) && same(File.ReadAllBytes(path), bytes);
        if (check)
        {
            Console.WriteLine(upToDate ? $"{relativePath} is up to date." : $"{relativePath} is out of date; run `dotnet run --project {toolProject}`.");
            return upToDate ? 0 : 1;
        }

        if (!upToDate)
        {
            File.WriteAllBytes(path, bytes);
        }

        Console.WriteLine(upToDate ? $"{relativePath} is up to date." : $"{relativePath} written ({bytes.Length:N0} bytes); rebuild {embeddedBy} to embed it.");
        return 0;
    }

    private static string? FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OffresEmploi.Sdk.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
