using System.IO.Compression;
using System.Text;

namespace OffresEmploi.Sandbox.Data;

/// <summary>Reads the tab-separated files embedded under <c>Data/</c> (Brotli-compressed when named <c>*.br</c>).</summary>
internal static class EmbeddedData
{
    /// <summary>Reads the rows of an embedded TSV file, skipping comments (<c>#</c>) and blank lines.</summary>
    public static List<string[]> ReadRows(string fileName)
    {
        var rows = new List<string[]>();
        foreach (var line in ReadLines(fileName))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            rows.Add(line.Split('\t'));
        }

        return rows;
    }

    /// <summary>Reads the raw lines of an embedded text file.</summary>
    public static IEnumerable<string> ReadLines(string fileName)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        var stream = assembly.GetManifestResourceStream("OffresEmploi.Sandbox.Data." + fileName)
            ?? throw new InvalidOperationException($"Embedded resource '{fileName}' is missing.");
        if (fileName.EndsWith(".br", StringComparison.Ordinal))
        {
            stream = new BrotliStream(stream, CompressionMode.Decompress);
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
