using System.Globalization;

namespace OffresEmploi.Testing.Load;

/// <summary>The weight of each of the five tools in a run, e.g. <c>search=25,get=20,lookup=25,resolve=20,summarize=10</c>.</summary>
internal sealed record ToolMix(int Search, int Get, int Lookup, int Resolve, int Summarize)
{
    public const string SearchOffers = "search_offers";
    public const string GetOffer = "get_offer";
    public const string LookupReferentiel = "lookup_referentiel";
    public const string ResolveLocation = "resolve_location";
    public const string SummarizeMarket = "summarize_market";

    /// <summary>
    /// An assistant's session: it resolves places and looks codes up (offline or cached after the first call),
    /// searches, reads some offers, now and then summarizes a market. About 55 % of calls reach the API.
    /// </summary>
    public static readonly ToolMix Default = new(Search: 25, Get: 20, Lookup: 25, Resolve: 20, Summarize: 10);

    public static IReadOnlyList<string> ToolNames { get; } = [SearchOffers, GetOffer, LookupReferentiel, ResolveLocation, SummarizeMarket];

    private int Total => Search + Get + Lookup + Resolve + Summarize;

    /// <summary>Parses <c>name=weight</c> pairs; names are the tool names or their first word; missing tools weigh 0.</summary>
    /// <exception cref="FormatException">A name is unknown, a weight not a whole number, or all weights are 0.</exception>
    public static ToolMix Parse(string text)
    {
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = item.Split('=', 2, StringSplitOptions.TrimEntries);
            var name = ToolNames.FirstOrDefault(t => t == parts[0] || t.StartsWith(parts[0] + "_", StringComparison.Ordinal))
                ?? throw new FormatException($"Unknown tool '{parts[0]}' in --mix; use {string.Join(", ", ToolNames)} (or search, get, lookup, resolve, summarize).");
            if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var weight))
            {
                throw new FormatException($"--mix item '{item}' must be name=weight, the weight a whole number.");
            }

            weights[name] = weight;
        }

        var mix = new ToolMix(
            weights.GetValueOrDefault(SearchOffers),
            weights.GetValueOrDefault(GetOffer),
            weights.GetValueOrDefault(LookupReferentiel),
            weights.GetValueOrDefault(ResolveLocation),
            weights.GetValueOrDefault(SummarizeMarket));
        return mix.Total > 0 ? mix : throw new FormatException("--mix needs at least one tool with a weight above 0.");
    }

    /// <summary>Picks a tool for a draw in [0, 1).</summary>
    public string Pick(double draw)
    {
        var point = draw * Total;
        foreach (var (name, weight) in Weights())
        {
            if (point < weight)
            {
                return name;
            }

            point -= weight;
        }

        return Weights().Last(w => w.Weight > 0).Name;
    }

    public override string ToString() =>
        string.Join(",", Weights().Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Name.Split('_')[0]}={w.Weight}")));

    private IEnumerable<(string Name, int Weight)> Weights() =>
        [(SearchOffers, Search), (GetOffer, Get), (LookupReferentiel, Lookup), (ResolveLocation, Resolve), (SummarizeMarket, Summarize)];
}
