namespace OffresEmploi.Testing.Load;

/// <summary>
/// Chooses one client's calls the way an assistant would: varied search filters, pages through
/// <c>nextCursor</c>, offers read from its own results, codes and places looked up by text.
/// Seeded, so a run with the same options makes the same calls.
/// </summary>
internal sealed class CallPlanner(ToolMix mix, int seed)
{
    private static readonly string[] Keywords = ["boulanger", "developpeur", "developpeur,java", "infirmier", "comptable", "vendeur", "chauffeur", "aide-soignant", "cuisinier", "serveur", "electricien", "commercial"];
    private static readonly string[] Locations = ["Paris", "Lyon", "Bretagne", "74", "Annecy", "Paris 15e", "33000", "Nantes", "Haute-Savoie", "Occitanie", "Lille", "13"];
    private static readonly string[] Contracts = ["CDI", "CDD", "MIS", "SAI"];
    private static readonly string[] Places = ["Saint-Denis (93)", "Lyon 3e", "Bordeaux", "75015", "Grenoble", "Bretagne", "Corse", "Marseille", "31", "Île-de-France"];
    private static readonly (string Name, string? Query)[] Lookups =
    [
        ("metiers", "boulanger"), ("appellations", "developpeur"), ("typesContrats", null), ("naturesContrats", "apprentissage"),
        ("niveauxFormations", "bac"), ("permis", "B"), ("secteursActivites", "commerce"), ("langues", "anglais"),
        ("regions", "bretagne"), ("departements", "savoie"), ("domaines", "informatique"), ("themes", null),
    ];

    private readonly Random _random = new(seed);
    private readonly List<string> _offerIds = [];
    private string? _cursor;

    /// <summary>Remembers what a search returned, for later <c>get_offer</c> calls and pages.</summary>
    public void Observe(IReadOnlyList<string> offerIds, string? nextCursor)
    {
        if (offerIds.Count > 0)
        {
            _offerIds.Clear();
            _offerIds.AddRange(offerIds);
        }

        _cursor = nextCursor;
    }

    public ToolCall Next()
    {
        var tool = mix.Pick(_random.NextDouble());

        // An assistant reads offers it found: until this client has searched, it searches.
        if (tool == ToolMix.GetOffer && _offerIds.Count == 0)
        {
            tool = ToolMix.SearchOffers;
        }

        return tool switch
        {
            ToolMix.SearchOffers => Search(),
            ToolMix.GetOffer => new(tool, new Dictionary<string, object?> { ["id"] = Pick(_offerIds) }),
            ToolMix.LookupReferentiel => Lookup(),
            ToolMix.ResolveLocation => new(tool, new Dictionary<string, object?> { ["query"] = Pick(Places), ["limit"] = _random.Next(1, 6) }),
            _ => Summarize(),
        };
    }

    private ToolCall Search()
    {
        if (_cursor is not null && _random.NextDouble() < 0.2)
        {
            return new(ToolMix.SearchOffers, new Dictionary<string, object?> { ["cursor"] = _cursor });
        }

        var arguments = new Dictionary<string, object?> { ["keywords"] = Pick(Keywords), ["page_size"] = _random.Next(5, 21) };
        AddSometimes(arguments, "location", 0.7, () => Pick(Locations));
        AddSometimes(arguments, "contract", 0.3, () => new[] { Pick(Contracts) });
        AddSometimes(arguments, "experience", 0.2, () => Pick(["1", "2", "3"]));
        AddSometimes(arguments, "published_since", 0.2, () => Pick([1, 7, 31]));
        AddSometimes(arguments, "sort", 0.3, () => "date");
        AddSometimes(arguments, "full_time", 0.1, () => true);
        return new(ToolMix.SearchOffers, arguments);
    }

    private ToolCall Lookup()
    {
        var (name, query) = Pick(Lookups);
        var arguments = new Dictionary<string, object?> { ["name"] = name, ["limit"] = _random.Next(5, 30) };
        if (query is not null)
        {
            arguments["query"] = query;
        }

        return new(ToolMix.LookupReferentiel, arguments);
    }

    private ToolCall Summarize()
    {
        var arguments = new Dictionary<string, object?> { ["keywords"] = Pick(Keywords), ["sample_size"] = Pick([0, 50, 150]) };
        AddSometimes(arguments, "location", 0.6, () => Pick(Locations));
        AddSometimes(arguments, "contract", 0.2, () => new[] { Pick(Contracts) });
        return new(ToolMix.SummarizeMarket, arguments);
    }

    private void AddSometimes(Dictionary<string, object?> arguments, string name, double probability, Func<object> value)
    {
        if (_random.NextDouble() < probability)
        {
            arguments[name] = value();
        }
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
