using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Tests.TestSupport;

namespace OffresEmploi.Cli.Tests.Commands;

/// <summary>
/// <c>--near</c> with Paris, Lyon, Marseille and their arrondissements, through the in-process sandbox, which answers
/// the city-wide codes 75056, 69123 and 13055 with production's 400 (issue #12): a regression fails the command.
/// </summary>
public sealed class SearchPlacesTests
{
    [Theory]
    [InlineData("Lyon", "69382", "6")]
    [InlineData("Paris", "75101", "8")]
    [InlineData("Marseille", "13201", "11")]
    [InlineData("75056", "75101", "8")]
    public async Task Search_NearACity_SendsItsCentralArrondissementWithACoveringDistance(string place, string commune, string distance)
    {
        var (run, searches) = await RunAsync("search", "vendeur", "--near", place);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("refuses the city-wide code", run.Error, StringComparison.Ordinal);
        Assert.NotEmpty(searches);
        AssertAll(searches, commune, distance);
        AssertNoCityCode(searches);
    }

    [Theory]
    [InlineData("Paris 11e", "75111", "0")]
    [InlineData("Lyon 3", "69383", "0")]
    [InlineData("75011", "75111", "0")]
    [InlineData("69003", "69383", "0")]
    public async Task Search_NearAnArrondissementWithoutDistance_SearchesThatArrondissementOnly(string place, string commune, string distance)
    {
        var (run, searches) = await RunAsync("search", "--near", place, "--json", "--limit", "150");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("searched alone", run.Error, StringComparison.Ordinal);
        AssertAll(searches, commune, distance);
        var offres = SearchCommandTests.ParseJsonLines(run);
        Assert.NotEmpty(offres);
        Assert.All(offres, o => Assert.Equal(commune, o.LieuTravail?.Commune));
    }

    [Fact]
    public async Task Search_NearAnArrondissementWithADistance_KeepsIt()
    {
        var (run, searches) = await RunAsync("search", "--near", "Paris 11e", "--distance", "5");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        AssertAll(searches, "75111", "5");
    }

    [Fact]
    public async Task Search_NearParisWithDistanceZero_SearchesTheDepartement75()
    {
        var (run, searches) = await RunAsync("search", "--near", "Paris", "--distance", "0");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.All(searches, q => Assert.Contains("departement=75", q, StringComparison.Ordinal));
        Assert.All(searches, q => Assert.DoesNotContain("commune=", q, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Facets_NearLyon_NeverSendsTheCityCode()
    {
        var (run, searches) = await RunAsync("facets", "--near", "Lyon");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.NotEmpty(searches);
        AssertNoCityCode(searches);
    }

    private static void AssertAll(IReadOnlyList<string> searches, string commune, string distance)
    {
        Assert.NotEmpty(searches);
        Assert.All(searches, q =>
        {
            var parameters = q.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
            Assert.Equal(commune, parameters["commune"]);
            Assert.Equal(distance, parameters["distance"]);
        });
    }

    private static void AssertNoCityCode(IEnumerable<string> searches)
    {
        foreach (var code in new[] { "75056", "69123", "13055" })
        {
            Assert.All(searches, q => Assert.DoesNotContain(code, q, StringComparison.Ordinal));
        }
    }

    private static async Task<(CliRun Run, IReadOnlyList<string> Searches)> RunAsync(params string[] args)
    {
        // Not disposed: that would dispose the shared sandbox handler it wraps.
        var recorder = new RecordingHandler(TestSandbox.Handler);
        var run = await new CliRunner { SandboxHandler = recorder }.InvokeAsync(args);
        return (run, recorder.Searches);
    }
}
