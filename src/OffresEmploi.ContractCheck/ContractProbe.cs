using System.Text.Json.Serialization.Metadata;
using OffresEmploi.Sdk;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Serialization;

namespace OffresEmploi.ContractCheck;

/// <summary>One request of the check and what the spec expects of its answer.</summary>
/// <param name="PathAndQuery">Relative to the API base address (<c>v2/offres/search?...</c>).</param>
/// <param name="Statuses">The statuses the spec documents for it.</param>
/// <param name="Body">The model the body must fit, or null when it is not checked.</param>
/// <param name="IsSearch">Whether 200/206 answers must carry <c>Content-Range</c> and <c>Accept-Range</c>.</param>
/// <param name="Uncertain">The uncertain rule of the reference this request probes, if any.</param>
internal sealed record ContractProbe(string PathAndQuery, int[] Statuses, JsonTypeInfo? Body, bool IsSearch = false, string? Uncertain = null)
{
    // 204 is the API's answer to a search without result: a filter that matches nothing on some day is no drift.
    private static readonly int[] SearchStatuses = [200, 206, 204];

    /// <summary>A search with the given query, checked as a page of results.</summary>
    public static ContractProbe Search(string query, string? uncertain = null) =>
        new($"v2/offres/search?{query}", SearchStatuses, OffresEmploiJsonContext.Metadata.ResultatRecherche, IsSearch: true, uncertain);

    /// <summary>
    /// The fixed searches, in the order they are sent: no criteria, each code-list filter, locations, date windows,
    /// paging near the cap, a range past it, a search with no result; then the reference's uncertain rules.
    /// </summary>
    public static IReadOnlyList<ContractProbe> Searches(OffresRangeLimits limits) =>
    [
        Search("range=0-149"),
        Search("typeContrat=CDI&range=0-9"),
        Search("natureContrat=E1&range=0-9"),
        Search("experience=1&range=0-9"),
        Search("qualification=9&range=0-9"),
        Search("tempsPlein=true&range=0-9"),
        Search("origineOffre=1&range=0-9"),
        Search("grandDomaine=M&range=0-9"),
        Search("secteurActivite=86&range=0-9"),
        Search("codeROME=M1805&range=0-9"),
        Search("departement=75&range=0-9"),
        Search("region=84&range=0-9"),
        Search("commune=69381&distance=10&range=0-9"),
        Search("publieeDepuis=7&range=0-9"),
        Search("motsCles=infirmier&range=0-9"),
        Search($"range={limits.MaxLast - 149}-{limits.MaxLast}"),
        new($"v2/offres/search?range={limits.MaxLast - 49}-{limits.MaxLast + 50}", [400], null),
        new("v2/offres/search?motsCles=zzqxwvkj&range=0-9", [204], null),
        Search("publieeDepuis=2&range=0-9", "publieeDepuis accepts only 1, 3, 7, 14 and 31"),
        Search("minCreationDate=2026-01-01T00:00:00Z&range=0-9", "minCreationDate may be sent without maxCreationDate"),
        Search("commune=75056&range=0-9", "a city-wide commune code (Paris 75056) matches its arrondissements"),
        Search("paysContinent=99127&range=0-9", "paysContinent accepts INSEE country codes (99127) as well as referentiel codes"),
    ];

    /// <summary>The offer read by id.</summary>
    public static ContractProbe Offer(string id) =>
        new($"v2/offres/{Uri.EscapeDataString(id)}", [200], OffresEmploiJsonContext.Metadata.Offre);

    /// <summary>The 16 referentiels, each checked against its item model.</summary>
    public static IReadOnlyList<ContractProbe> Referentiels() =>
        [.. OffresEmploiClient.ReferentielNames.Select(name => new ContractProbe($"v2/referentiel/{name}", [200], ReferentielBody(name)))];

    private static JsonTypeInfo ReferentielBody(string name) =>
        ReferentielCalls.TryDispatch(new ReferentielName(name), ListTypeInfo.Instance, out var typeInfo)
            ? typeInfo
            : throw new InvalidOperationException($"No model for referentiel {name}.");

    /// <summary>Picks each referentiel's list metadata out of the generated table.</summary>
    private sealed class ListTypeInfo : IReferentielCallsVisitor<JsonTypeInfo>
    {
        public static ListTypeInfo Instance { get; } = new();

        public JsonTypeInfo Visit<TItem>(
            ReferentielName name,
            Func<IOffresEmploiApi, CancellationToken, Task<Refit.IApiResponse<IReadOnlyList<TItem>>>> call,
            JsonTypeInfo<IReadOnlyList<TItem>> listTypeInfo)
            where TItem : class => listTypeInfo;
    }
}
