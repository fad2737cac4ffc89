// Stopwatch benchmarks of the SDK against the in-process sandbox, for the targets of issue #4.
// Usage: dotnet tools/OffresEmploi.Sdk.Benchmarks/bin/Release/net10.0/OffresEmploi.Sdk.Benchmarks.dll <harvest|rate|parse|stream|faults> [--option value]...
// Each subcommand prints RESULT lines and exits with 1 when a target is missed (2 for a usage error).
using OffresEmploi.Sdk.Benchmarks;
using OffresEmploi.Testing;

if (args.Length == 0)
{
    Console.Error.WriteLine("""
        Usage: OffresEmploi.Sdk.Benchmarks <command> [--option value]...
          harvest  [--corpus 50000] [--typeContrat CDI] [--profile both|current|legacy] [--concurrency 4]
          rate     [--rate 10] [--client-rate 10] [--seconds 60] [--callers 4] [--warmup 5]
          parse    [--file page.json] [--iterations 500] [--warmup 50]
          stream   [--corpus 200000] [--every 20000] [--margin 0.10]
          faults   [--corpus 20000] [--long] [--defaults] [--only 5xx,429,...]
          presets  [--faults unstable,chaos] [--seeds 10] [--corpus 20000] [--rate 10] [--parallel 2]
        """);
    return 2;
}

var arguments = new Arguments(args.Skip(1));
var met = args[0] switch
{
    "harvest" => await HarvestBenchmark.RunAsync(arguments),
    "rate" => await RateBenchmark.RunAsync(arguments),
    "parse" => await ParseBenchmark.RunAsync(arguments),
    "stream" => await StreamBenchmark.RunAsync(arguments),
    "faults" => await OffresEmploi.Sdk.Benchmarks.Faults.FaultsBenchmark.RunAsync(arguments),
    "presets" => await OffresEmploi.Sdk.Benchmarks.Faults.PresetsBenchmark.RunAsync(arguments),
    _ => throw new ArgumentException($"Unknown command '{args[0]}'."),
};
return met ? 0 : 1;
