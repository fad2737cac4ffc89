using System.Text.Json;
using OffresEmploi.Sandbox.Corpus;
using OffresEmploi.Sandbox.Data;
using OffresEmploi.Sandbox.Json;

namespace OffresEmploi.Sandbox.Tests;

/// <summary>A small seeded corpus shared by the tests, with every offer also parsed back from the JSON the
/// writer produces, so that expected results can be computed from what a client would see.</summary>
public static class TestCorpus
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<OffreCorpus> s_corpus = new(() => OffreCorpus.Build(new CorpusOptions { Seed = 11, Size = 4000, Now = Now }));

    private static readonly Lazy<IReadOnlyList<JsonElement>> s_offers = new(() =>
        Enumerable.Range(0, Corpus.Count).Select(i => ToJson(Corpus, i)).ToArray());

    private static readonly Lazy<Dictionary<string, JsonElement[]>> s_referentiels = new(() =>
        ReferentielData.Names.ToDictionary(n => n, n =>
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                Assert.True(ReferentielData.TryWrite(n, writer));
            }

            return JsonDocument.Parse(stream.ToArray()).RootElement.EnumerateArray().ToArray();
        }));

    public static OffreCorpus Corpus => s_corpus.Value;

    /// <summary>Gets each offer as parsed from <see cref="OffreJsonWriter"/>'s output, by corpus index.</summary>
    public static IReadOnlyList<JsonElement> Offers => s_offers.Value;

    public static JsonElement[] Referentiel(string name) => s_referentiels.Value[name];

    /// <summary>Maps a referentiel label to its code (natureContrat, niveauFormation and permis are labels in offers).</summary>
    public static string CodeOfLabel(string referentiel, string label) =>
        Referentiel(referentiel).Single(r => r.GetProperty("libelle").GetString() == label).GetProperty("code").GetString()!;

    public static JsonElement ToJson(OffreCorpus corpus, int index)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            OffreJsonWriter.Write(writer, corpus, index);
        }

        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    public static string? Str(this JsonElement offer, params string[] path)
    {
        var e = offer;
        foreach (var p in path)
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(p, out e))
            {
                return null;
            }
        }

        return e.ValueKind == JsonValueKind.String ? e.GetString() : e.ToString();
    }

    public static bool Flag(this JsonElement offer, string name) =>
        offer.TryGetProperty(name, out var e) && e.GetBoolean();

    public static IEnumerable<JsonElement> Items(this JsonElement offer, string name) =>
        offer.TryGetProperty(name, out var e) ? e.EnumerateArray() : [];

    public static DateTimeOffset Created(this JsonElement offer) => DateTimeOffset.Parse(offer.Str("dateCreation")!, System.Globalization.CultureInfo.InvariantCulture);
}
