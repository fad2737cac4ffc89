using OffresEmploi.Testing;
using OffresEmploi.Testing.Properties;

namespace OffresEmploi.Sdk.Tests.Properties;

/// <summary>
/// Bad input, property-based (issue #7): generated search requests against the in-process sandbox. Fixed seeds, so
/// CI sees the same requests every run; <c>OFFRES_RELIABILITY_LONG=1</c> runs many more.
/// </summary>
public sealed class SearchRequestPropertyTests
{
    public const ulong AnySeed = 20260115;
    public const ulong ValidSeed = 20260116;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnyRequest_IsAcceptedOrRefusedLocallyNamingTheParameter_NeverA400ForALocalRule()
    {
        var iterations = PropertyRun.Iterations(3_000, 100_000);
        var (outcomes, gens) = await CreateAsync();

        await PropertyRun.CheckAsync(gens.Any, r => outcomes.AssertAsync(r, mustBeAccepted: false), Printing.Request, iterations, AnySeed, Ct);

        TestContext.Current.TestOutputHelper?.WriteLine(outcomes.Summary(iterations));
        Assert.Equal(Printing.ParameterNames.Order(), outcomes.ParametersSeen.Order());
        Assert.InRange(outcomes.Count("accepted"), iterations / 10, iterations);
        Assert.InRange(outcomes.Tally.Where(p => p.Key.StartsWith("refused locally", StringComparison.Ordinal)).Sum(p => p.Value), iterations / 10, iterations);
    }

    [Fact]
    public async Task ValidRequest_IsSentAndAccepted()
    {
        var iterations = PropertyRun.Iterations(1_500, 50_000);
        var (outcomes, gens) = await CreateAsync();

        await PropertyRun.CheckAsync(gens.Valid, r => outcomes.AssertAsync(r, mustBeAccepted: true), Printing.Request, iterations, ValidSeed, Ct);

        TestContext.Current.TestOutputHelper?.WriteLine(outcomes.Summary(iterations));
        Assert.Equal(iterations, outcomes.Count("accepted"));
        Assert.Equal(Printing.ParameterNames.Order(), outcomes.ParametersSeen.Order());
    }

    private static async Task<(SearchOutcomes Outcomes, SearchRequestGens Gens)> CreateAsync()
    {
        var setup = SandboxSetup.Create(corpusSize: 5_000);
        var codes = await KnownCodes.LoadAsync(setup.Client, Ct);
        return (new SearchOutcomes(setup.Client, setup.Counter, codes), new SearchRequestGens(codes));
    }
}
