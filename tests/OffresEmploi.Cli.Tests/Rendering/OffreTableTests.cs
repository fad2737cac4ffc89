using System.Text.RegularExpressions;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Rendering;
using OffresEmploi.Cli.Tests.Commands;
using OffresEmploi.Cli.Tests.TestSupport;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Tests.Rendering;

/// <summary>Issue #14 item 3: <c>offres search</c> fits the console, never splits a word, and uses the room it has.</summary>
public sealed class OffreTableTests
{
    private static readonly string[] Headers = ["Intitulé", "Employeur", "Lieu", "Contrat", "Salaire", "Expérience", "Publiée", "Id"];

    public static TheoryData<int, string[]> Searches()
    {
        var data = new TheoryData<int, string[]>();
        foreach (var width in new[] { 40, 60, 80, 100, 160 })
        {
            data.Add(width, ["search", "--limit", "40"]);
            data.Add(width, ["search", "technique", "--limit", "40"]);
        }

        return data;
    }

    /// <summary>The table at a width, and the offers it shows (the same search as JSON).</summary>
    private static async Task<(CliRun Table, List<Offre> Offres)> SearchAsync(int width, string[] args)
    {
        var table = await new CliRunner { Width = width }.InvokeAsync(args);
        var json = await new CliRunner().InvokeAsync([.. args, "--json"]);
        Assert.Equal(ExitCodes.Success, table.ExitCode);
        var offres = SearchCommandTests.ParseJsonLines(json);
        Assert.NotEmpty(offres);
        return (table, offres);
    }

    private static IEnumerable<string> Texts(Offre o) =>
    [
        o.Intitule ?? "", o.Entreprise?.Nom ?? "—", o.LieuTravail?.Libelle ?? "", o.TypeContrat?.Value ?? "",
        SalaryText.Short(o.Salaire), o.ExperienceLibelle ?? "", Formats.ShortDate(o.DateCreation), o.Id ?? "",
    ];

    /// <summary>The lines of the table itself (not the count under it, which may take two lines).</summary>
    private static List<string> TableLines(string output) =>
        [.. LayoutAssert.Lines(output).TakeWhile(line => !Regex.IsMatch(line, @"^\d[\d ]* of [\d ]+ offers\."))];

    [Theory]
    [MemberData(nameof(Searches))]
    public async Task Search_AnyWidth_EveryLineFitsAndNoWordIsSplit(int width, string[] args)
    {
        var (run, offres) = await SearchAsync(width, args);

        LayoutAssert.LinesFit(run.Out, width);
        LayoutAssert.NoBrokenWords(TableLines(run.Out), [.. offres.SelectMany(Texts), .. Headers]);
    }

    [Theory]
    [MemberData(nameof(Searches))]
    public async Task Search_AnyWidth_EveryTitleWordIsWholeUnlessLongerThanItsColumn(int width, string[] args)
    {
        var (run, offres) = await SearchAsync(width, args);

        // The title column runs from its header to the next header on the same line, less the padding and the separator.
        var header = Regex.Match(LayoutAssert.Lines(run.Out).First(line => line.Contains("Intitulé", StringComparison.Ordinal)), @"Intitulé +\S");
        var titleWidth = header.Length - 1 - 2;
        Assert.InRange(titleWidth, 15, 50);
        foreach (var word in offres.SelectMany(o => (o.Intitule ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            if (word.Length <= titleWidth)
            {
                Assert.Contains(word, run.Out, StringComparison.Ordinal);
            }
            else
            {
                // Longer than the column: broken after its hyphens, each piece printed, or shortened with "…".
                var pieces = LayoutAssert.HyphenPieces(word).Where(p => p.Length <= titleWidth).ToList();
                Assert.True(
                    word.Split('-').Length > 1 && pieces.Count > 0 || run.Out.Contains(word[..(titleWidth - 1)] + "…", StringComparison.Ordinal),
                    $"{word} ({word.Length}) in a {titleWidth}-cell column\n{run.Out}");
            }
        }
    }

    [Fact]
    public async Task Search_80Columns_EmployerAndPlaceKeepTheirFullNames()
    {
        var (run, offres) = await SearchAsync(80, ["search", "--limit", "40"]);

        // Names up to 16 cells (the comfortable width of both fields) stay whole on one line; before, they were cut at 9.
        var names = offres.SelectMany(o => new[] { o.Entreprise?.Nom, o.LieuTravail?.Libelle })
            .OfType<string>().Where(name => name.Length <= 16).Distinct().ToList();
        Assert.Contains(names, name => name.Length > 9);
        var lines = LayoutAssert.Lines(run.Out);
        foreach (var name in names)
        {
            Assert.True(lines.Any(line => line.Contains(name, StringComparison.Ordinal)), $"\"{name}\" is not whole on a line\n{run.Out}");
        }

        // Nothing was dropped to make room: contract and salary sit under one header, place under the employer.
        foreach (var header in new[] { "Intitulé", "Employeur", "Lieu", "Contrat", "Salaire", "Id" })
        {
            Assert.Contains(header, run.Out, StringComparison.Ordinal);
        }

        foreach (var offre in offres.Where(o => SalaryText.Short(o.Salaire).Length is > 0 and <= 13))
        {
            Assert.Contains(SalaryText.Short(offre.Salaire), run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Search_160Columns_WideLayoutAddsExperienceAndDate()
    {
        var (wide, offres) = await SearchAsync(160, ["search", "--limit", "40"]);
        var (narrow, _) = await SearchAsync(100, ["search", "--limit", "40"]);

        foreach (var header in Headers)
        {
            Assert.Contains(header, wide.Out, StringComparison.Ordinal);
        }

        var experiences = offres.Select(o => o.ExperienceLibelle).OfType<string>().Where(e => e.Length <= 14).Distinct().ToList();
        Assert.NotEmpty(experiences);
        Assert.All(experiences, e => Assert.Contains(e, wide.Out, StringComparison.Ordinal));
        Assert.All(offres, o => Assert.Contains(Formats.ShortDate(o.DateCreation), wide.Out, StringComparison.Ordinal));
        Assert.DoesNotContain("Expérience", narrow.Out, StringComparison.Ordinal);

        // The wide layout has a line per offer when the texts fit their columns: fewer lines than at 100 columns.
        Assert.True(LayoutAssert.Lines(wide.Out).Count < LayoutAssert.Lines(narrow.Out).Count, $"{wide.Out}\n{narrow.Out}");
    }
}
