using System.Text.Json;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Tests.TestSupport;
using OffresEmploi.Sandbox;
using OffresEmploi.Sdk;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Serialization;

namespace OffresEmploi.Cli.Tests.Commands;

public sealed class SearchCommandTests
{
    private static CliRunner CreateSut() => new();

    internal static List<Offre> ParseJsonLines(CliRun run) =>
        run.OutLines.Select(line => JsonSerializer.Deserialize(line, OffresEmploiJsonContext.Default.Offre)!).ToList();

    [Fact]
    public async Task Search_Keyword_PrintsTableOfSandboxOffersAndSaysSo()
    {
        var run = await CreateSut().InvokeAsync("search", "développeur");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Sandbox data", run.Error, StringComparison.Ordinal);
        foreach (var header in new[] { "Intitulé", "Employeur", "Lieu", "Contrat", "Salaire", "Publiée", "Id" })
        {
            Assert.Contains(header, run.Out, StringComparison.Ordinal);
        }

        var footer = System.Text.RegularExpressions.Regex.Match(run.Out, @"(\d+) of ([\d ]+) offers\.");
        Assert.True(footer.Success, run.ToString());
        var total = int.Parse(footer.Groups[2].Value.Replace(" ", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Math.Min(20, total), int.Parse(footer.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Search_Json_StreamsOneCompleteOfferPerLine()
    {
        var run = await CreateSut().InvokeAsync("search", "--json", "--limit", "5");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var offres = ParseJsonLines(run);
        Assert.Equal(5, offres.Count);
        Assert.All(offres, o => Assert.False(string.IsNullOrEmpty(o.Id)));
        Assert.DoesNotContain("Intitulé", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_LimitOverOnePage_ReadsSeveralPagesWithoutRepeats()
    {
        var run = await CreateSut().InvokeAsync("search", "--json", "--limit", "320");

        var ids = ParseJsonLines(run).Select(o => o.Id).ToList();
        Assert.Equal(320, ids.Count);
        Assert.Equal(320, ids.Distinct().Count());
    }

    [Fact]
    public async Task Search_TypeContratFilter_ReturnsOnlyThoseContracts()
    {
        var run = await CreateSut().InvokeAsync("search", "--type-contrat", "cdi,CDD", "--json", "--limit", "150");

        var offres = ParseJsonLines(run);
        Assert.NotEmpty(offres);
        Assert.All(offres, o => Assert.Contains(o.TypeContrat!.Value.Value, new[] { "CDI", "CDD" }));
    }

    [Fact]
    public async Task Search_PlaceName_SameResultsAsTheInseeCode()
    {
        var byName = await CreateSut().InvokeAsync("search", "--near", "Annecy", "--distance", "30", "--json", "--limit", "50");
        var byCode = await CreateSut().InvokeAsync("search", "--commune", "74010", "--distance", "30", "--json", "--limit", "50");

        Assert.Equal(ExitCodes.Success, byName.ExitCode);
        Assert.Contains("Annecy (74), commune 74010", byName.Error, StringComparison.Ordinal);
        Assert.NotEmpty(byName.OutLines);
        Assert.Equal(byCode.Out, byName.Out);
    }

    [Fact]
    public async Task Search_SortByDate_NewestFirst()
    {
        var run = await CreateSut().InvokeAsync("search", "--sort", "date", "--json", "--limit", "40");

        var dates = ParseJsonLines(run).Select(o => o.DateCreation!.Value).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }

    [Fact]
    public async Task Search_NothingMatches_SaysSo()
    {
        var run = await CreateSut().InvokeAsync("search", "zzqxjwv");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("No offer matches.", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("search", "--limit", "0")]
    [InlineData("search", "--limit", "5000")]
    [InlineData("search", "--sort", "salaire")]
    [InlineData("search", "--temps-plein", "--temps-partiel")]
    [InlineData("search", "--distance", "10")]
    [InlineData("search", "--since", "hier")]
    [InlineData("search", "--no-such-option")]
    [InlineData("search", "--limit", "ten")]
    [InlineData("search", "--near", "Nowhere-sur-Rien")]
    [InlineData("search", "--departement", "Atlantide")]
    public async Task Search_BadArguments_OneErrorLineAndExitCode2(params string[] args)
    {
        var run = await CreateSut().InvokeAsync(args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        var errorLines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("Sandbox data", StringComparison.Ordinal)).ToList();
        Assert.Single(errorLines);
        Assert.StartsWith("error:", errorLines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_RequestTheSdkRefuses_ExitCode2WithItsMessage()
    {
        var run = await CreateSut().InvokeAsync("search", "a");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("Each keyword of KEYWORDS must have at least 2 characters; got 'a'.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_UnknownCode_RefusedLocallyNamingTheOptionAndTheValidCodes()
    {
        var recorder = new RecordingHandler(TestSandbox.Handler);

        var run = await new CliRunner { SandboxHandler = recorder }.InvokeAsync("search", "--type-contrat", "XYZ");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("error: --type-contrat: \"XYZ\" is not one of CDI, CDD, MIS,", run.Error, StringComparison.Ordinal);
        Assert.Empty(recorder.Searches);
    }

    [Theory]
    [InlineData("--nature-contrat", "ZZ", "E1, E2")]
    [InlineData("--experience", "7", "1 (Moins d'un an)")]
    [InlineData("--qualification", "X", "9 (Cadre)")]
    [InlineData("--periode", "J", "A (Annuel)")]
    public async Task Search_UnknownCodeOfEachCodeOption_ExitCode2NamingTheOption(string option, string value, string valid)
    {
        var run = await CreateSut().InvokeAsync("search", "--salaire-min", "30000", option, value);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains($"{option}: \"{value}\" is not one of ", run.Error, StringComparison.Ordinal);
        Assert.Contains(valid, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WithCredentials_UsesTheApiAndPrintsNoSandboxNotice()
    {
        var runner = new CliRunner { ApiHandler = TestSandbox.Handler }
            .WithEnvironment(OffresEmploiOptions.ClientIdVariable, SandboxDefaults.ClientId)
            .WithEnvironment(OffresEmploiOptions.ClientSecretVariable, SandboxDefaults.ClientSecret)
            .WithEnvironment(OffresEmploiOptions.BaseAddressVariable, SandboxDefaults.BaseAddress.ToString())
            .WithEnvironment(OffresEmploiOptions.TokenEndpointVariable, SandboxDefaults.TokenEndpoint.ToString());

        var run = await runner.InvokeAsync("search", "--json", "--limit", "3");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(3, run.OutLines.Count);
        Assert.DoesNotContain("Sandbox", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WrongCredentials_ExitCode1WithoutTheSecret()
    {
        var runner = new CliRunner { ApiHandler = TestSandbox.Handler }
            .WithEnvironment(OffresEmploiOptions.ClientIdVariable, "someone")
            .WithEnvironment(OffresEmploiOptions.ClientSecretVariable, "s3cr3t-value")
            .WithEnvironment(OffresEmploiOptions.BaseAddressVariable, SandboxDefaults.BaseAddress.ToString())
            .WithEnvironment(OffresEmploiOptions.TokenEndpointVariable, SandboxDefaults.TokenEndpoint.ToString());

        var run = await runner.InvokeAsync("search", "boulanger");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("error: France Travail refused the credentials (invalid_client): check OFFRES_EMPLOI_CLIENT_ID and OFFRES_EMPLOI_CLIENT_SECRET", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t-value", run.Error + run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_SandboxFlag_WinsOverCredentials()
    {
        var runner = new CliRunner()
            .WithEnvironment(OffresEmploiOptions.ClientIdVariable, "someone")
            .WithEnvironment(OffresEmploiOptions.ClientSecretVariable, "secret");

        var run = await runner.InvokeAsync("search", "--sandbox", "--limit", "2", "--json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Sandbox data: offline simulator (--sandbox)", run.Error, StringComparison.Ordinal);
    }
}
