// Stopwatch benchmark of the sandbox engine: corpus build time and memory, then the latency of four typical
// searches. Usage: dotnet run -c Release --project tools/OffresEmploi.Sandbox.Benchmarks -- [size] [iterations]
// Later days of the market: ... -- days [size] [day...] (see DayBuilds).
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using OffresEmploi.Sandbox.Benchmarks;
using OffresEmploi.Sandbox.Corpus;
using OffresEmploi.Sandbox.Json;
using OffresEmploi.Sandbox.Search;

if (args is ["days", ..])
{
    DayBuilds.Run(args[1..]);
    return;
}

var size = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 300;
var now = new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

var stopwatch = Stopwatch.StartNew();
var small = OffreCorpus.Build(new CorpusOptions { Now = now });
var coldDefault = stopwatch.Elapsed;
stopwatch.Restart();
_ = OffreCorpus.Build(new CorpusOptions { Now = now, Seed = 43 });
var warmDefault = stopwatch.Elapsed;

GC.Collect();
GC.WaitForPendingFinalizers();
GC.Collect();
var before = GC.GetTotalMemory(true);
stopwatch.Restart();
var corpus = OffreCorpus.Build(new CorpusOptions { Size = size, Now = now });
var build = stopwatch.Elapsed;
var afterCorpus = GC.GetTotalMemory(true);
stopwatch.Restart();
var engine = new SearchEngine(corpus, new FixedTimeProvider(now));
var index = stopwatch.Elapsed;
var afterIndex = GC.GetTotalMemory(true);
GC.KeepAlive(small);

Console.WriteLine($"# Sandbox benchmark: {size:N0} offers, {iterations} iterations per search, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine();
Console.WriteLine("| Step | Time | Managed memory |");
Console.WriteLine("|---|---|---|");
Console.WriteLine($"| Default corpus (20,000), first build incl. loading reference data | {coldDefault.TotalMilliseconds:F0} ms | |");
Console.WriteLine($"| Default corpus (20,000), next build | {warmDefault.TotalMilliseconds:F0} ms | |");
Console.WriteLine($"| Corpus of {size:N0} offers | {build.TotalMilliseconds:F0} ms | {(afterCorpus - before) / 1048576.0:F0} MB |");
Console.WriteLine($"| Search indexes | {index.TotalMilliseconds:F0} ms | {(afterIndex - afterCorpus) / 1048576.0:F0} MB |");
Console.WriteLine();

string[] keywords = ["vendeur", "aide soignant", "cuisinier", "comptable", "developpeur", "chauffeur", "agent d'entretien", "serveur"];
string[] departements = ["69", "33", "59", "13", "74", "44", "31", "75"];
string[] communes = ["69123", "33063", "59350", "13055", "74010", "44109", "31555", "75056", "67482", "35238"];
var scenarios = new (string Name, Func<int, SandboxSearchQuery> Query, int First, int Last)[]
{
    ("motsCles + departement", k => new SandboxSearchQuery { MotsCles = [keywords[k % keywords.Length]], Departement = [departements[(k / keywords.Length) % departements.Length]] }, 0, 149),
    ("commune + distance=20", k => new SandboxSearchQuery { Commune = [communes[k % communes.Length]], Distance = 20 }, 0, 149),
    ("minCreationDate..maxCreationDate (7 days)", k => new SandboxSearchQuery { MinCreationDate = now.AddDays(-8 - (k % 60)), MaxCreationDate = now.AddDays(-1 - (k % 60)) }, 0, 149),
    ("sort=1, range=3000-3149", _ => new SandboxSearchQuery { Sort = 1 }, 3000, 3149),

    // Harder cases, for information: no index narrows them, so every offer is tested.
    ("(motsCles alone, sort=0)", k => new SandboxSearchQuery { MotsCles = [keywords[k % keywords.Length]] }, 0, 149),
    ("(typeContrat=CDI + tempsPlein, sort=1, range=3000-3149)", _ => new SandboxSearchQuery { TypeContrat = ["CDI"], TempsPlein = true, Sort = 1 }, 3000, 3149),
    ("(commune + distance=50, sort=2)", k => new SandboxSearchQuery { Commune = [communes[k % communes.Length]], Distance = 50, Sort = 2 }, 0, 149),
};

// Wall-clock percentiles suffer when the machine is shared; the process CPU time per search (mean over
// all iterations) does much less, so both are reported.
Console.WriteLine("| Search | Matches (last run) | p50 | p99 | mean | CPU per search |");
Console.WriteLine("|---|---|---|---|---|---|");
var process = System.Diagnostics.Process.GetCurrentProcess();
foreach (var (name, query, first, last) in scenarios)
{
    for (var k = 0; k < 20; k++)
    {
        engine.Search(query(k), first, last);   // warm-up (JIT, caches)
    }

    var samples = new double[iterations];
    var total = 0;
    process.Refresh();
    var cpu = process.TotalProcessorTime;
    for (var k = 0; k < iterations; k++)
    {
        var q = query(k);
        var t = Stopwatch.GetTimestamp();
        total = engine.Search(q, first, last).Total;
        samples[k] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
    }

    process.Refresh();
    var cpuPerSearch = (process.TotalProcessorTime - cpu).TotalMilliseconds / iterations;
    Array.Sort(samples);
    Console.WriteLine($"| {name} | {total:N0} | {Percentile(samples, 0.50):F2} ms | {Percentile(samples, 0.99):F2} ms | {samples.Average():F2} ms | {cpuPerSearch:F2} ms |");
}

// Writing one page of 150 offers, as the HTTP layer does for each search (UTF-8 text unescaped, as the API sends it).
var page = engine.Search(new SandboxSearchQuery { Sort = 1 }, 0, 149).Page;
var writes = new double[iterations];
process.Refresh();
var writeCpu = process.TotalProcessorTime;
for (var k = 0; k < iterations; k++)
{
    var t = Stopwatch.GetTimestamp();
    using var stream = new MemoryStream();
    using (var writer = new Utf8JsonWriter(stream, WriterOptions))
    {
        writer.WriteStartArray();
        foreach (var i in page)
        {
            OffreJsonWriter.Write(writer, corpus, i);
        }

        writer.WriteEndArray();
    }

    writes[k] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
}

process.Refresh();
var writeCpuPerPage = (process.TotalProcessorTime - writeCpu).TotalMilliseconds / iterations;
Array.Sort(writes);
Console.WriteLine($"| (JSON of a 150-offer page) | | {Percentile(writes, 0.50):F2} ms | {Percentile(writes, 0.99):F2} ms | {writes.Average():F2} ms | {writeCpuPerPage:F2} ms |");

static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

/// <summary>Options of the benchmark's JSON writer.</summary>
internal static partial class Program
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
