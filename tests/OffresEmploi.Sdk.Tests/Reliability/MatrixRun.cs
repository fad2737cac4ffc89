using OffresEmploi.Testing.Faults;

namespace OffresEmploi.Sdk.Tests.Reliability;

/// <summary>
/// Runs one scenario of the fault matrix (the same code as <c>OffresEmploi.Sdk.Benchmarks faults</c>): the short
/// variant by default, the long one (100,000 offers, production-like delays) with <c>OFFRES_RELIABILITY_LONG=1</c>.
/// </summary>
internal static class MatrixRun
{
    public static bool IsLong => FaultMatrix.LongRequested;

    public static int Corpus => IsLong ? FaultMatrix.LongCorpus : FaultMatrix.ShortCorpus;

    public static FaultScenario Scenario(string name) => FaultMatrix.Get(name, IsLong);

    public static Task<FaultRunResult> RunAsync(string name) =>
        FaultRun.RunAsync(Scenario(name), Corpus, TestContext.Current.CancellationToken);

    /// <summary>Gets the names of the default-options scenarios that must complete (more preset seeds in the long variant).</summary>
    public static IEnumerable<string> CompletingDefaultScenarios =>
        FaultMatrix.DefaultScenarios(IsLong).Where(s => !s.ExpectsError).Select(s => s.Name);

    public static FaultScenario DefaultScenario(string name) => FaultMatrix.GetDefault(name, IsLong);

    /// <summary>Runs a scenario of the default-options matrix (20,000 offers in both variants).</summary>
    public static Task<FaultRunResult> RunDefaultAsync(string name) =>
        FaultRun.RunAsync(DefaultScenario(name), FaultMatrix.ShortCorpus, TestContext.Current.CancellationToken);
}
