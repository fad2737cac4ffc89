using System.Text.Json;
using OffresEmploi.Cli.Commands;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Tests.TestSupport;
using OffresEmploi.Sdk.Serialization;

namespace OffresEmploi.Cli.Tests.Commands;

public sealed class ReferentielCommandTests
{
    [Fact]
    public async Task Referentiel_NoName_ListsTheSixteenReferentiels()
    {
        var run = await new CliRunner().InvokeAsync("referentiel");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(16, ReferentielNames.All.Count);
        Assert.All(ReferentielNames.All, r => Assert.Contains(r.Name, run.Out, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Referentiel_TypesContrats_ShowsCodesAndLabels()
    {
        var run = await new CliRunner().InvokeAsync("referentiel", "typesContrats");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("CDI", run.Out, StringComparison.Ordinal);
        Assert.Contains("Contrat à durée indéterminée", run.Out, StringComparison.Ordinal);
        Assert.Contains("in typesContrats", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Referentiel_FilterIgnoringAccentsAndCase_KeepsOnlyMatches()
    {
        var run = await new CliRunner().InvokeAsync("referentiel", "typecontrat", "--filter", "DETERMINEE", "--json");

        var entries = run.OutLines.Select(l => JsonSerializer.Deserialize(l, OffresEmploiJsonContext.Default.Referentiel)!).ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Contains("déterminée", e.Libelle!, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(entries, e => e.Code == "CDI");
        Assert.Contains(entries, e => e.Code == "CDD");
        Assert.DoesNotContain(entries, e => e.Code == "MIS");
    }

    [Fact]
    public async Task Referentiel_UnknownName_ExitCode2()
    {
        var run = await new CliRunner().InvokeAsync("referentiel", "planetes");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("unknown referentiel \"planetes\"", run.Error, StringComparison.Ordinal);
    }
}
