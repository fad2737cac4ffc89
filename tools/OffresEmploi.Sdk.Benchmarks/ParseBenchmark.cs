using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Serialization;
using OffresEmploi.Testing;

namespace OffresEmploi.Sdk.Benchmarks;

/// <summary>
/// Issue #4, target 3: reading a 150-offer page into the typed models (source-generated metadata) costs at most
/// 1.5 × <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> of the same bytes.
/// </summary>
/// <remarks>
/// Every case runs once per iteration, in turn, so a burst of load from other processes hits them alike; medians
/// are compared. The document is disposed inside its timing (returning its pooled buffers is part of using it).
/// The cases after the first two are for information: they split the typed cost into reading the tokens and
/// materializing strings, which any typed reader has to do and <c>JsonDocument.Parse</c> does not.
/// </remarks>
internal static class ParseBenchmark
{
    private static readonly (string Name, Action<byte[]> Run)[] Cases =
    [
        ("typed (OffresEmploiJsonContext)", bytes => _ = Typed(bytes)),
        ("JsonDocument.Parse", Document),
        ("(typed, then every string member read)", TypedAndEveryString),
        ("(Utf8JsonReader, tokens only)", Tokens),
        ("(Utf8JsonReader + GetString of every string)", TokensAndStrings),
        ("(JsonDocument.Parse + GetString of every string)", DocumentAndStrings),
    ];

    public static async Task<bool> RunAsync(Arguments arguments)
    {
        var iterations = arguments.Int("iterations", 500);
        var warmup = arguments.Int("warmup", 50);
        var pages = new List<(string Name, byte[] Bytes)> { ("sandbox page", await SandboxPageAsync()) };
        if (arguments.String("file") is { } file)
        {
            pages.Add((Path.GetFileName(file), await File.ReadAllBytesAsync(file)));
        }

        Console.WriteLine($"# parse: {iterations} iterations after {warmup} warm-up, medians of {ThreadCpuClock.Name} (wall time beside), "
            + $"{Environment.ProcessorCount} cores, .NET {Environment.Version}");
        var met = true;
        foreach (var (name, bytes) in pages)
        {
            met &= Measure(name, bytes, iterations, warmup);
        }

        return met;
    }

    private static async Task<byte[]> SandboxPageAsync()
    {
        using var setup = SandboxSetup.Create(corpusSize: 20_000);
        setup.Counter.CaptureSearchBody = true;
        var page = await setup.Client.SearchAsync(new OffresSearchRequest { Departement = ["74"], Range = "0-149" });
        return page.Offres.Count == 150 && setup.Counter.LastSearchBody is { } body
            ? body
            : throw new InvalidOperationException($"The sandbox page has {page.Offres.Count} offers, not 150.");
    }

    private static bool Measure(string name, byte[] bytes, int iterations, int warmup)
    {
        var offers = Typed(bytes).Resultats?.Count ?? 0;
        for (var k = 0; k < warmup; k++)
        {
            foreach (var (_, run) in Cases)
            {
                run(bytes);
            }
        }

        var cpu = Cases.Select(_ => new double[iterations]).ToArray();
        var wall = Cases.Select(_ => new double[iterations]).ToArray();
        var allocated = new long[Cases.Length];
        for (var k = 0; k < iterations; k++)
        {
            for (var c = 0; c < Cases.Length; c++)
            {
                var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
                var wallStart = Stopwatch.GetTimestamp();
                var cpuStart = ThreadCpuClock.Now();
                Cases[c].Run(bytes);
                cpu[c][k] = (ThreadCpuClock.Now() - cpuStart) / 1e6;
                wall[c][k] = Stopwatch.GetElapsedTime(wallStart).TotalMilliseconds;
                allocated[c] += GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
            }
        }

        Console.WriteLine($"  {name}: {bytes.Length / 1024.0:N0} KiB, {offers} offers");
        Console.WriteLine("  | Case | Median | Wall median | × JsonDocument.Parse | Allocated per op |");
        Console.WriteLine("  |---|---|---|---|---|");
        var documentMedian = Median(cpu[1]);
        for (var c = 0; c < Cases.Length; c++)
        {
            Console.WriteLine($"  | {Cases[c].Name} | {Median(cpu[c]):F3} ms | {Median(wall[c]):F3} ms | {Median(cpu[c]) / documentMedian:F2} | "
                + $"{allocated[c] / iterations / 1024.0:N0} KiB |");
        }

        var ratio = Median(cpu[0]) / documentMedian;
        var wallRatio = Median(wall[0]) / Median(wall[1]);
        return Verdict.Print(
            "parse",
            ratio <= 1.5 && offers == 150,
            $"{name}: typed {Median(cpu[0]):F3} ms vs JsonDocument.Parse {documentMedian:F3} ms = {ratio:F2} × (target ≤ 1.50 ×; {ThreadCpuClock.Name}), "
            + $"wall {wallRatio:F2} ×, {offers} offers");
    }

    private static ResultatRecherche Typed(byte[] bytes) =>
        JsonSerializer.Deserialize(bytes, OffresEmploiJsonContext.Default.ResultatRecherche)
        ?? throw new InvalidOperationException("The page deserialized to null.");

    /// <summary>
    /// The typed page with every string member then read, which decodes all of them: the cost for a caller who reads
    /// all the text, to compare with the lazy typed read above.
    /// </summary>
    private static void TypedAndEveryString(byte[] bytes) => ReadStrings(Typed(bytes), OffresEmploiJsonContext.Metadata.ResultatRecherche);

    private static void ReadStrings(object? value, JsonTypeInfo info)
    {
        if (value is null)
        {
            return;
        }

        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                foreach (var property in info.Properties)
                {
                    if (property.PropertyType == typeof(string))
                    {
                        _ = property.Get!(value);
                    }
                    else if (!property.PropertyType.IsValueType)
                    {
                        ReadStrings(property.Get!(value), info.Options.GetTypeInfo(property.PropertyType));
                    }
                }

                break;
            case JsonTypeInfoKind.Enumerable when info.ElementType is { } element && !element.IsValueType:
                var elementInfo = info.Options.GetTypeInfo(element);
                foreach (var item in (System.Collections.IEnumerable)value)
                {
                    if (element != typeof(string))
                    {
                        ReadStrings(item, elementInfo);
                    }
                }

                break;
        }
    }

    private static void Document(byte[] bytes)
    {
        using var document = JsonDocument.Parse(bytes);
    }

    private static void Tokens(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes);
        while (reader.Read())
        {
        }
    }

    private static void TokensAndStrings(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                _ = reader.GetString();
            }
        }
    }

    private static void DocumentAndStrings(byte[] bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        ReadStrings(document.RootElement);
    }

    private static void ReadStrings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    ReadStrings(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    ReadStrings(item);
                }

                break;
            case JsonValueKind.String:
                _ = element.GetString();
                break;
        }
    }

    private static double Median(double[] values) => Statistics.Median(values);
}
