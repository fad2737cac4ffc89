using OffresEmploi.Sdk.Benchmarks.Faults;

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
}
