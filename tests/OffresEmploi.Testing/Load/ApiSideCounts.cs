using System.Text.Json;

namespace OffresEmploi.Testing.Load;

/// <summary>What the sandbox saw, read from <c>GET /_sandbox/stats</c>.</summary>
internal sealed record ApiSideCounts(long TokenRequests, long TokensIssued, long ApiRequests, long MaxApiRequestsPerSecond, long TooManyRequests, long Unauthorized, long ReferentielFetches = 0)
{
    public static async Task<ApiSideCounts> ReadAsync(HttpClient http, Uri sandbox, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(sandbox, "/_sandbox/stats"), cancellationToken);
        _ = response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var root = json.RootElement;
        return new ApiSideCounts(
            root.GetProperty("tokenRequests").GetInt64(),
            root.GetProperty("tokensIssued").GetInt64(),
            root.GetProperty("apiRequests").GetInt64(),
            root.GetProperty("maxApiRequestsPerSecond").GetInt64(),
            root.GetProperty("tooManyRequests").GetInt64(),
            root.GetProperty("unauthorized").GetInt64(),
            root.GetProperty("referentielFetches").GetInt64());
    }

    /// <summary>The counts of a run on a sandbox that served earlier runs too (the peak rate cannot be split: it stays the sandbox's).</summary>
    public ApiSideCounts Since(ApiSideCounts before) => new(
        TokenRequests - before.TokenRequests,
        TokensIssued - before.TokensIssued,
        ApiRequests - before.ApiRequests,
        MaxApiRequestsPerSecond,
        TooManyRequests - before.TooManyRequests,
        Unauthorized - before.Unauthorized,
        ReferentielFetches - before.ReferentielFetches);
}
