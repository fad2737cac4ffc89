using System.Globalization;
using System.Text.Json;

namespace OffresEmploi.Testing.Load;

/// <summary>What the sandbox saw, read from <c>GET /_sandbox/stats</c>.</summary>
internal sealed record ApiSideCounts(long TokenRequests, long TokensIssued, long ApiRequests, long MaxApiRequestsPerSecond, long TooManyRequests, long Unauthorized, long ReferentielFetches = 0)
{
    private static readonly IReadOnlyDictionary<string, long> s_none = new SortedDictionary<string, long>(StringComparer.Ordinal);

    /// <summary>Gets <see cref="ReferentielFetches"/> by referentiel name, in ordinal order; names fetched 0 times are absent.</summary>
    public IReadOnlyDictionary<string, long> ReferentielFetchesByName { get; init; } = s_none;

    /// <summary>Gets the referentiel fetches compactly, e.g. <c>5 (communes 1, metiers 1, ...)</c>.</summary>
    public string ReferentielFetchesText => ReferentielFetchesByName.Count == 0
        ? ReferentielFetches.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{ReferentielFetches} ({string.Join(", ", ReferentielFetchesByName.Select(p => $"{p.Key} {p.Value}"))})");

    public static async Task<ApiSideCounts> ReadAsync(HttpClient http, Uri sandbox, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(sandbox, "/_sandbox/stats"), cancellationToken);
        _ = response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var root = json.RootElement;
        var byName = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var fetches in root.GetProperty("referentielFetchesByName").EnumerateObject())
        {
            byName.Add(fetches.Name, fetches.Value.GetInt64());
        }

        return new ApiSideCounts(
            root.GetProperty("tokenRequests").GetInt64(),
            root.GetProperty("tokensIssued").GetInt64(),
            root.GetProperty("apiRequests").GetInt64(),
            root.GetProperty("maxApiRequestsPerSecond").GetInt64(),
            root.GetProperty("tooManyRequests").GetInt64(),
            root.GetProperty("unauthorized").GetInt64(),
            root.GetProperty("referentielFetches").GetInt64())
        {
            ReferentielFetchesByName = byName,
        };
    }

    /// <summary>The counts of a run on a sandbox that served earlier runs too (the peak rate cannot be split: it stays the sandbox's).</summary>
    public ApiSideCounts Since(ApiSideCounts before) => new(
        TokenRequests - before.TokenRequests,
        TokensIssued - before.TokensIssued,
        ApiRequests - before.ApiRequests,
        MaxApiRequestsPerSecond,
        TooManyRequests - before.TooManyRequests,
        Unauthorized - before.Unauthorized,
        ReferentielFetches - before.ReferentielFetches)
    {
        ReferentielFetchesByName = new SortedDictionary<string, long>(
            ReferentielFetchesByName
                .Select(p => (p.Key, Count: p.Value - before.ReferentielFetchesByName.GetValueOrDefault(p.Key)))
                .Where(p => p.Count != 0)
                .ToDictionary(p => p.Key, p => p.Count, StringComparer.Ordinal),
            StringComparer.Ordinal),
    };
}
