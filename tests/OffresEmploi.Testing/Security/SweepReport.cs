namespace OffresEmploi.Testing.Security;

/// <summary>
/// Appends a sweep's figures (scenario, channel, texts captured, hits) to the file named by <c>OFFRES_SWEEP_REPORT</c>,
/// when set: the table of docs/reliability.md is built from it.
/// </summary>
public static class SweepReport
{
    private static readonly Lock Gate = new();

    public static void Write(string scenario, SecretSweep sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        if (Environment.GetEnvironmentVariable("OFFRES_SWEEP_REPORT") is not { Length: > 0 } path)
        {
            return;
        }

        var hits = sweep.FindHits().GroupBy(h => h.Channel).ToDictionary(g => g.Key, g => g.Count());
        var lines = sweep.CountByChannel().OrderBy(p => p.Key).Select(p => $"{scenario}\t{p.Key}\t{p.Value}\t{hits.GetValueOrDefault(p.Key)}\t{sweep.Secrets.Count}");
        lock (Gate)
        {
            File.AppendAllLines(path, lines);
        }
    }
}
