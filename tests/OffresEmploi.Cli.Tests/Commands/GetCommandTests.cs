using System.Text.Json;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Tests.TestSupport;
using OffresEmploi.Sdk.Serialization;

namespace OffresEmploi.Cli.Tests.Commands;

public sealed class GetCommandTests
{
    private static async Task<OffresEmploi.Sdk.Models.Offre> FirstOffreAsync()
    {
        var search = await new CliRunner().InvokeAsync("search", "--json", "--limit", "1");
        return SearchCommandTests.ParseJsonLines(search).Single();
    }

    [Fact]
    public async Task Get_KnownId_ShowsTitleAndFacts()
    {
        var offre = await FirstOffreAsync();

        var run = await new CliRunner().InvokeAsync("get", offre.Id!);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains(offre.Id!, run.Out, StringComparison.Ordinal);
        Assert.Contains(offre.Intitule![..Math.Min(20, offre.Intitule!.Length)], run.Out, StringComparison.Ordinal);
        Assert.Contains("Lieu", run.Out, StringComparison.Ordinal);
        Assert.Contains("Publiée", run.Out, StringComparison.Ordinal);
        Assert.Contains("Sandbox data", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_IdTypedInLowerCase_FindsTheOffer()
    {
        var search = await new CliRunner().InvokeAsync("search", "--json", "--limit", "50");
        var offre = SearchCommandTests.ParseJsonLines(search).First(o => o.Id!.Any(char.IsAsciiLetterUpper));

        var run = await new CliRunner().InvokeAsync("get", offre.Id!.ToLowerInvariant(), "--json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(offre.Id, JsonSerializer.Deserialize(run.Out, OffresEmploiJsonContext.Default.Offre)!.Id);
    }

    [Fact]
    public async Task Get_Json_PrintsTheOfferAsTheApiSendsIt()
    {
        var offre = await FirstOffreAsync();

        var run = await new CliRunner().InvokeAsync("get", offre.Id!, "--json");

        var parsed = JsonSerializer.Deserialize(run.Out, OffresEmploiJsonContext.Default.Offre)!;
        Assert.Equal(offre.Id, parsed.Id);
        Assert.Equal(offre.Intitule, parsed.Intitule);
        Assert.Equal(offre.Description, parsed.Description);
    }

    [Fact]
    public async Task Get_UnknownId_ExitCode1()
    {
        var run = await new CliRunner().InvokeAsync("get", "ZZZ9999");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("no offer has the id ZZZ9999", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("get")]
    [InlineData("get", "04/8KLTP")]
    public async Task Get_MissingOrMalformedId_ExitCode2(params string[] args)
    {
        var run = await new CliRunner().InvokeAsync(args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("error:", run.Error, StringComparison.Ordinal);
    }
}
