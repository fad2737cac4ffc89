using System.Text.Json;
using OffresEmploi.Cli.Commands;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Tests.TestSupport;
using OffresEmploi.Sdk.Serialization;

namespace OffresEmploi.Cli.Tests.Rendering;

public sealed class ReferentielTableTests
{
    private static List<string> TableRows(string output) => [.. LayoutAssert.Lines(output).Where(line => line.StartsWith('│'))];

    [Theory]
    [InlineData(40)]
    [InlineData(60)]
    [InlineData(80)]
    public async Task Referentiel_LongHyphenatedLabels_FitWithoutSplittingAWord(int width)
    {
        string[] args = ["referentiel", "appellations", "--filter", "planification"];
        var run = await new CliRunner { Width = width }.InvokeAsync(args);
        var json = await new CliRunner().InvokeAsync([.. args, "--json"]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var entries = json.OutLines.Select(line => JsonSerializer.Deserialize(line, OffresEmploiJsonContext.Default.Referentiel)!).ToList();
        Assert.Contains(entries, e => e.Libelle!.Contains("ordonnancement-lancement-planification", StringComparison.Ordinal));
        LayoutAssert.LinesFit(run.Out, width);
        LayoutAssert.NoBrokenWords(TableRows(run.Out), [.. entries.SelectMany(e => new[] { e.Code!, e.Libelle! }), "Code", "Libellé"]);
        Assert.All(entries, e => Assert.Contains(e.Code!, run.Out, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(40)]
    [InlineData(80)]
    public async Task Referentiel_List_FitsWithoutSplittingAWord(int width)
    {
        var run = await new CliRunner { Width = width }.InvokeAsync("referentiel");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        LayoutAssert.LinesFit(run.Out, width);
        LayoutAssert.NoBrokenWords(TableRows(run.Out), [.. ReferentielNames.All.SelectMany(r => new[] { r.Name, r.Description }), "Référentiel", "Contenu"]);
        Assert.All(ReferentielNames.All, r => Assert.Contains($"│ {r.Name} ", run.Out, StringComparison.Ordinal));
    }
}
