using OffresEmploi.Sdk.Models;
using Refit;

namespace OffresEmploi.Sdk;

public partial class OffresEmploiClient
{
    private static readonly Dictionary<string, Func<IOffresEmploiApi, CancellationToken, Task<IApiResponse<IReadOnlyList<Referentiel>>>>> CodeLabelReferentiels =
        new(StringComparer.Ordinal)
        {
            ["appellations"] = (api, ct) => api.GetAppellationsAsync(ct),
            ["nafs"] = (api, ct) => api.GetNafsAsync(ct),
            ["continents"] = (api, ct) => api.GetContinentsAsync(ct),
            ["domaines"] = (api, ct) => api.GetDomainesAsync(ct),
            ["langues"] = (api, ct) => api.GetLanguesAsync(ct),
            ["metiers"] = (api, ct) => api.GetMetiersAsync(ct),
            ["naturesContrats"] = (api, ct) => api.GetNaturesContratsAsync(ct),
            ["niveauxFormations"] = (api, ct) => api.GetNiveauxFormationsAsync(ct),
            ["pays"] = (api, ct) => api.GetPaysAsync(ct),
            ["permis"] = (api, ct) => api.GetPermisAsync(ct),
            ["secteursActivites"] = (api, ct) => api.GetSecteursActivitesAsync(ct),
            ["themes"] = (api, ct) => api.GetThemesAsync(ct),
            ["typesContrats"] = (api, ct) => api.GetTypesContratsAsync(ct),
        };

    /// <summary>Gets the names <see cref="GetReferentielAsync"/> accepts (the 16 <c>/v2/referentiel/{name}</c> paths).</summary>
    public static IReadOnlyList<string> ReferentielNames { get; } =
        [.. CodeLabelReferentiels.Keys, "communes", "departements", "regions"];

    /// <summary>Reads a referentiel by name as code/label pairs, from the cache when fresh (<see cref="OffresEmploiOptions.ReferentielCacheLifetime"/>).</summary>
    /// <param name="name">One of <see cref="ReferentielNames"/>, case-sensitive (<c>typesContrats</c>, <c>metiers</c>, ...).</param>
    /// <param name="cancellationToken">Cancels this caller's wait.</param>
    /// <returns>The items; for <c>communes</c>, <c>departements</c> and <c>regions</c> only their code and label (the typed methods keep the rest).</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a referentiel of the API.</exception>
    /// <exception cref="OffresEmploiException">The API answered with an error, or did not answer.</exception>
    public virtual async Task<IReadOnlyList<Referentiel>> GetReferentielAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        switch (name)
        {
            case "communes":
                return [.. (await GetCommunesAsync(cancellationToken).ConfigureAwait(false)).Select(c => new Referentiel { Code = c.Code, Libelle = c.Libelle })];
            case "departements":
                return [.. (await GetDepartementsAsync(cancellationToken).ConfigureAwait(false)).Select(d => new Referentiel { Code = d.Code, Libelle = d.Libelle })];
            case "regions":
                return [.. (await GetRegionsAsync(cancellationToken).ConfigureAwait(false)).Select(r => new Referentiel { Code = r.Code, Libelle = r.Libelle })];
        }

        if (!CodeLabelReferentiels.TryGetValue(name, out var call))
        {
            throw new ArgumentException($"'{name}' is not a referentiel of the API; expected one of: {string.Join(", ", ReferentielNames)}.", nameof(name));
        }

        return await GetCachedAsync(name, call, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the communes (INSEE code, name, postal code, département), cached.</summary>
    /// <param name="cancellationToken">Cancels this caller's wait.</param>
    /// <returns>The communes.</returns>
    public virtual Task<IReadOnlyList<Commune>> GetCommunesAsync(CancellationToken cancellationToken = default) =>
        GetCachedAsync("communes", (api, ct) => api.GetCommunesAsync(ct), cancellationToken);

    /// <summary>Reads the départements, each with its region, cached.</summary>
    /// <param name="cancellationToken">Cancels this caller's wait.</param>
    /// <returns>The départements.</returns>
    public virtual Task<IReadOnlyList<Departement>> GetDepartementsAsync(CancellationToken cancellationToken = default) =>
        GetCachedAsync("departements", (api, ct) => api.GetDepartementsAsync(ct), cancellationToken);

    /// <summary>Reads the regions, cached.</summary>
    /// <param name="cancellationToken">Cancels this caller's wait.</param>
    /// <returns>The regions.</returns>
    public virtual Task<IReadOnlyList<Region>> GetRegionsAsync(CancellationToken cancellationToken = default) =>
        GetCachedAsync("regions", (api, ct) => api.GetRegionsAsync(ct), cancellationToken);

    /// <summary>Reads the contract types (<c>typesContrats</c>), cached.</summary>
    /// <param name="cancellationToken">Cancels this caller's wait.</param>
    /// <returns>The code/label pairs.</returns>
    public virtual Task<IReadOnlyList<Referentiel>> GetTypesContratsAsync(CancellationToken cancellationToken = default) =>
        GetReferentielAsync("typesContrats", cancellationToken);

    /// <summary>Reads the contract natures (<c>naturesContrats</c>), cached.</summary>
    /// <param name="cancellationToken">Cancels this caller's wait.</param>
    /// <returns>The code/label pairs.</returns>
    public virtual Task<IReadOnlyList<Referentiel>> GetNaturesContratsAsync(CancellationToken cancellationToken = default) =>
        GetReferentielAsync("naturesContrats", cancellationToken);

    /// <summary>Reads the ROME jobs (<c>metiers</c>), cached.</summary>
    /// <param name="cancellationToken">Cancels this caller's wait.</param>
    /// <returns>The code/label pairs.</returns>
    public virtual Task<IReadOnlyList<Referentiel>> GetMetiersAsync(CancellationToken cancellationToken = default) =>
        GetReferentielAsync("metiers", cancellationToken);

    /// <summary>Reads the ROME appellations (about 11,500 items), cached.</summary>
    /// <param name="cancellationToken">Cancels this caller's wait.</param>
    /// <returns>The code/label pairs.</returns>
    public virtual Task<IReadOnlyList<Referentiel>> GetAppellationsAsync(CancellationToken cancellationToken = default) =>
        GetReferentielAsync("appellations", cancellationToken);

    private async Task<TItem[]> FetchListAsync<TItem>(
        string name,
        Func<IOffresEmploiApi, CancellationToken, Task<IApiResponse<IReadOnlyList<TItem>>>> call,
        CancellationToken cancellationToken)
    {
        using var activity = StartActivity("OffresEmploi.GetReferentiel");
        _ = activity?.SetTag("offresemploi.referentiel", name);
        try
        {
            using var response = await CallAsync(call, "referentiel " + name, cancellationToken).ConfigureAwait(false);
            // A null entry ("[null, ...]") has no code to offer; callers must never meet it in a non-nullable list.
            return response.Content is { } items ? [.. items.Where(item => item is not null)] : [];
        }
        catch (Exception ex)
        {
            RecordFailure(activity, ex);
            throw;
        }
    }

    private async Task<IReadOnlyList<TItem>> GetCachedAsync<TItem>(
        string name,
        Func<IOffresEmploiApi, CancellationToken, Task<IApiResponse<IReadOnlyList<TItem>>>> call,
        CancellationToken cancellationToken) =>
        await _referentiels.GetOrFetchAsync(
            name,
            _options.ReferentielCacheLifetime,
            ct => FetchListAsync(name, call, ct),
            cancellationToken).ConfigureAwait(false);
}
