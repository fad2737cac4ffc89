using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sandbox.Data;

/// <summary>Loading helpers of <see cref="SandboxData"/>.</summary>
internal sealed partial class SandboxData
{
    /// <summary>Gets the grand domaine of a ROME code: its letter, or its 3-character domaine for the domaines
    /// the API lists as grands domaines of their own (C15, L14, M13 to M18: the SDK's known <see cref="GrandDomaine"/> codes).</summary>
    public static string GrandDomaineOf(string romeCode)
    {
        var domaine = romeCode[..3];
        return GrandDomaine.FromValue(domaine).IsKnown ? domaine : romeCode[..1];
    }

    private static Dictionary<string, CodeLabel[]> ReadSections()
    {
        var sections = new Dictionary<string, CodeLabel[]>(StringComparer.Ordinal);
        string? name = null;
        var items = new List<CodeLabel>();
        foreach (var line in EmbeddedData.ReadLines("referentiels.tsv.br"))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (name is not null)
                {
                    sections[name] = [.. items];
                }

                name = line[3..];
                items.Clear();
            }
            else if (line.Length > 0)
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                items.Add(new CodeLabel(line[..tab], line[(tab + 1)..]));
            }
        }

        sections[name!] = [.. items];
        return sections;
    }

    private static CodeLabel[] ReadCodeLabels(string file) =>
        EmbeddedData.ReadRows(file).Select(r => new CodeLabel(r[0], r[1])).ToArray();

    private static Dictionary<string, int> Index(CodeLabel[] items) =>
        items.Select((x, i) => (x.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);

    private (string[] Codes, string[] Libelles, int[] Rome) ReadAppellations(CodeLabel[] all)
    {
        var labels = all.ToDictionary(a => a.Code, a => a.Libelle, StringComparer.Ordinal);
        var rows = EmbeddedData.ReadRows("appellations-rome.tsv");
        return (
            rows.Select(r => r[0]).ToArray(),
            rows.Select(r => labels[r[0]]).ToArray(),
            rows.Select(r => MetierIndex[r[1]]).ToArray());
    }

    private double[] ReadMetierDemand()
    {
        var demand = Enumerable.Repeat(1.0, Metiers.Length).ToArray();
        foreach (var row in EmbeddedData.ReadRows("metiers-demande.tsv"))
        {
            demand[MetierIndex[row[0]]] = double.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture);
        }

        return demand;
    }

    private int[] BuildThemeMasks()
    {
        var prefixes = EmbeddedData.ReadRows("themes-rome.tsv")
            .Select(r => (Bit: 1 << (int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture) - 1), Prefixes: r[1].Split(' ')))
            .ToArray();
        return Metiers.Select(m => prefixes
                .Where(t => t.Prefixes.Any(p => m.Code.StartsWith(p, StringComparison.Ordinal)))
                .Aggregate(0, (mask, t) => mask | t.Bit))
            .ToArray();
    }

    /// <summary>Competences seen in real offers for the same ROME code, else the same domaine, else the same
    /// grand domaine letter.</summary>
    private CodeLabel[][] BuildCompetences()
    {
        var rows = EmbeddedData.ReadRows("competences.tsv");
        CodeLabel[] Select(IEnumerable<string[]> matching) =>
            matching.Select(r => new CodeLabel(r[1], r[2])).DistinctBy(c => c.Libelle).Take(64).ToArray();
        var byRome = rows.GroupBy(r => r[0]).ToDictionary(g => g.Key, g => Select(g));
        var byDomaine = rows.GroupBy(r => r[0][..3]).ToDictionary(g => g.Key, g => Select(g));
        var byLetter = rows.GroupBy(r => r[0][0]).ToDictionary(g => g.Key, g => Select(g));
        return Metiers.Select(m =>
        {
            var list = byRome.GetValueOrDefault(m.Code, []);
            if (list.Length < 3)
            {
                list = byDomaine.GetValueOrDefault(m.Code[..3], []);
            }

            if (list.Length < 3)
            {
                list = byLetter.GetValueOrDefault(m.Code[0], []);
            }

            return list;
        }).ToArray();
    }
}
