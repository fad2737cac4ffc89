using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Places;

namespace OffresEmploi.Sdk.Tests.Places;

/// <summary>
/// The resolver over the embedded places (prebuilt index, communes built on demand) answers exactly as the resolver over
/// every place built up front (<see cref="ListPlaceSource"/>): same candidates in the same order, same ambiguity, same
/// places, for every name, code, postal code, qualified name and name prefix of the lists.
/// </summary>
public class EmbeddedPlacesTests
{
    private static readonly (List<Place> Communes, List<Place> Departements, List<Place> Regions) Lists = PlaceData.Load();

    private static readonly PlaceResolver Reference = new(new ListPlaceSource(Lists));

    public static TheoryData<string> QueryKinds => ["names", "codes", "postal codes", "qualified names", "prefixes", "arrondissements and odd text"];

    [Theory]
    [MemberData(nameof(QueryKinds))]
    public void Resolve_GivesTheReferenceCandidates(string kind)
    {
        var embedded = new PlaceResolver(EmbeddedPlaces.Load());
        var queries = Queries(kind);
        Assert.NotEmpty(queries);

        var differences = queries
            .Where(q => Describe(embedded.Resolve(q, maxCandidates: 10)) != Describe(Reference.Resolve(q, maxCandidates: 10)))
            .Take(5)
            .Select(q => $"\"{q}\": {Describe(embedded.Resolve(q, 10))} instead of {Describe(Reference.Resolve(q, 10))}")
            .ToList();

        Assert.True(differences.Count == 0, $"{kind}: the embedded places resolve differently:\n" + string.Join("\n", differences));
    }

    [Fact]
    public void Lookups_ListTheReferencePlacesInTheReferenceOrder()
    {
        var embedded = EmbeddedPlaces.Load();
        var reference = new ListPlaceSource(Lists);

        foreach (var code in Queries("postal codes").Append("00000").Append("99999"))
        {
            Assert.Equal(Codes(reference.WithPostalCode(code)), Codes(embedded.WithPostalCode(code)));
        }

        foreach (var name in Queries("names").Select(PlaceText.Fold))
        {
            Assert.Equal(Codes(reference.Named(name)), Codes(embedded.Named(name)));
        }

        foreach (var prefix in Queries("prefixes").Where((_, i) => i % 4 == 0).Append("").Append("zzz"))
        {
            Assert.Equal(Codes(reference.StartingWith(prefix).Take(300)), Codes(embedded.StartingWith(prefix).Take(300)));
        }

        Assert.Equal(Codes(reference.WithParent()), Codes(embedded.WithParent()));
    }

    [Fact]
    public void Communes_AreTheLoadedCommunes_FieldByField()
    {
        var embedded = EmbeddedPlaces.Load();

        Assert.Equal(Lists.Communes.Count, embedded.Communes.Count);
        for (var i = 0; i < Lists.Communes.Count; i++)
        {
            Assert.Equal(Fields(Lists.Communes[i]), Fields(embedded.Communes[i]));
        }

        Assert.Equal(Lists.Departements.Select(Fields), embedded.Departements.Select(Fields));
        Assert.Equal(Lists.Regions.Select(Fields), embedded.Regions.Select(Fields));
    }

    [Fact]
    public void TryGetCommune_EveryCodeAndSomeThatAreNot_AsTheReference()
    {
        var embedded = new PlaceResolver(EmbeddedPlaces.Load());
        string[] notCodes = ["", "0", "00000", "01000", "2A000", "2a004", "74010 ", "99999", "A", "\u00e9", "~~~~~"];

        foreach (var code in Lists.Communes.Select(c => c.Code).Concat(notCodes))
        {
            var found = embedded.TryGetCommune(code, out var commune);
            Assert.Equal(Reference.TryGetCommune(code, out var expected), found);
            Assert.Equal(expected?.Code, commune?.Code);
        }
    }

    [Fact]
    public void ToSearchArea_CitiesArrondissementsAndCommunes_AsTheReference()
    {
        var embedded = new PlaceResolver(EmbeddedPlaces.Load());
        var communes = Lists.Communes.Where((c, i) => c.CodeCommuneParente is not null || c.Code is "75056" or "69123" or "13055" || i % 500 == 0).ToList();

        foreach (var commune in communes)
        {
            foreach (var distance in new int?[] { null, 0, 5, 20 })
            {
                Assert.True(embedded.TryGetCommune(commune.Code, out var place));
                Assert.Equal(Describe(Reference.ToSearchArea([commune], distance, 10)), Describe(embedded.ToSearchArea([place], distance, 10)));
            }
        }
    }

    [Fact]
    public void Communes_BuiltFromSeveralThreads_AreOneInstancePerRow()
    {
        var embedded = EmbeddedPlaces.Load();
        var first = new Place[embedded.Communes.Count];
        var second = new Place[embedded.Communes.Count];

        Parallel.Invoke(
            () => Parallel.For(0, first.Length, i => first[i] = embedded.Communes[i]),
            () => Parallel.For(0, second.Length, i => second[second.Length - 1 - i] = embedded.Communes[second.Length - 1 - i]));

        Assert.All(Enumerable.Range(0, first.Length), i => Assert.Same(first[i], second[i]));
        Assert.Same(first[100], embedded.Communes[100]);
    }

    [Fact]
    public void Resolve_ByName_BuildsOnlyTheCommunesItCompares()
    {
        // The point of the index: a lookup reads a few rows, not 35,000.
        var places = EmbeddedPlaces.Load();
        var resolver = new PlaceResolver(places);

        var lyon = resolver.Resolve("Lyon");
        var area = resolver.ToSearchArea([lyon.Best!], null, 10);
        _ = resolver.Resolve("74000");
        _ = resolver.Resolve("Greno");

        Assert.Equal("69123", lyon.Best!.Code);
        Assert.Equal(["69382"], area.Commune);
        Assert.InRange(places.BuiltCommunes, 1, 300);
    }

    private static List<string> Queries(string kind)
    {
        var all = Lists.Regions.Concat(Lists.Departements).Concat(Lists.Communes).ToList();
        return kind switch
        {
            "names" => [.. all.Select(p => p.Libelle).Distinct(StringComparer.Ordinal)],
            "codes" => [.. all.Select(p => p.Code).Concat(Lists.Departements.Select(d => d.Code.ToLowerInvariant())).Distinct(StringComparer.Ordinal)],
            "postal codes" => [.. Lists.Communes.SelectMany(c => c.CodesPostaux).Distinct(StringComparer.Ordinal)],
            "qualified names" => [.. Lists.Communes.Where((_, i) => i % 3 == 0).Select(c => $"{c.Libelle} ({c.CodeDepartement})")],
            "prefixes" => [.. all.Select(p => PlaceText.Fold(p.Libelle)).SelectMany(n => new[] { n[..Math.Min(3, n.Length)], n[..Math.Min(5, n.Length)] }).Distinct(StringComparer.Ordinal)],
            _ => [.. Arrondissements(), "St Etienne", "ste foy", "  annecy  ", "SAINT-DENIS", "Zzyzx-sur-Mer", "z", "2A", "2b", "20000", "97411", "Œuilly", "l'isle", "y", "-", "paris (75)", "Paris (13)"],
        };
    }

    private static IEnumerable<string> Arrondissements()
    {
        foreach (var (city, count) in new[] { ("Paris", 20), ("Lyon", 9), ("Marseille", 16) })
        {
            for (var n = 0; n <= count + 1; n++)
            {
                yield return $"{city} {n}";
                yield return $"{city} {n}e";
                yield return $"{city.ToLowerInvariant()} {n}{(n == 1 ? "er" : "ème")} arrondissement";
            }
        }
    }

    private static string Codes(IEnumerable<Place> places) => string.Join(",", places.Select(p => $"{p.Kind}:{p.Code}"));

    private static string Describe(PlaceResolution resolution) =>
        $"{resolution.IsAmbiguous}: {string.Join(", ", resolution.Candidates.Select(Fields))}";

    private static string Describe(PlaceSearchArea area) =>
        $"{string.Join(",", area.Commune ?? [])} + {area.Distance} | {string.Join(",", area.Departement ?? [])} | {string.Join(" / ", area.Notes)}";

    private static string Fields(Place p) =>
        $"{p.Kind} {p.Code} {p.Libelle} {p.CodeDepartement} {p.CodeRegion} [{string.Join(' ', p.CodesPostaux)}] {p.Population} {p.Latitude:R} {p.Longitude:R} {p.CodeCommuneParente} {p.HasExactCoordinates}";
}
