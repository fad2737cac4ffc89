using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.SharedState;
using Refit;

namespace OffresEmploi.Sdk;

public partial class OffresEmploiClient
{
    /// <summary>Gets the names <see cref="GetReferentielAsync"/> accepts (the 16 <c>/v2/referentiel/{name}</c> paths), in ordinal order.</summary>
    /// <remarks>The values of <see cref="ReferentielName.KnownValues"/>, which also carries each one's description.</remarks>
    public static IReadOnlyList<string> ReferentielNames { get; } =
        [.. ReferentielName.KnownValues.Select(n => n.Value).Order(StringComparer.Ordinal)];

    /// <summary>Reads a referentiel by name as code/label pairs, from the cache when fresh (<see cref="OffresEmploiOptions.ReferentielCacheLifetime"/>).</summary>
    /// <param name="name">One of <see cref="ReferentielNames"/>, case-sensitive (<c>typesContrats</c>, <c>metiers</c>, ...).</param>
    /// <param name="cancellationToken">Cancels this caller's wait.</param>
    /// <returns>The items; for <c>communes</c>, <c>departements</c> and <c>regions</c> only their code and label (the typed methods keep the rest).</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a referentiel of the API.</exception>
    /// <exception cref="OffresEmploiException">The API answered with an error, or did not answer.</exception>
    public virtual async Task<IReadOnlyList<Referentiel>> GetReferentielAsync(string name, CancellationToken cancellationToken = default)
    {
        var items = await GetItemsAsync(name, cancellationToken).ConfigureAwait(false);
        return items as IReadOnlyList<Referentiel> ?? [.. ((IEnumerable<object>)items).Select(ToCodeLabel)];
    }

    /// <summary>
    /// Reads a referentiel by name with every member of its items (a commune's postal code, a département's region...),
    /// as a JSON array, through the same cache as <see cref="GetReferentielAsync"/>.
    /// </summary>
    /// <param name="name">One of <see cref="ReferentielNames"/>, case-sensitive.</param>
    /// <param name="cancellationToken">Cancels this caller's wait.</param>
    /// <returns>The items as the API sends them, written by the SDK's JSON context (null members left out).</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a referentiel of the API.</exception>
    /// <exception cref="OffresEmploiException">The API answered with an error, or did not answer.</exception>
    public virtual async Task<string> GetReferentielJsonAsync(string name, CancellationToken cancellationToken = default)
    {
        var items = await GetItemsAsync(name, cancellationToken).ConfigureAwait(false);
        return Dispatch(name, ListWriter.Instance)(items);
    }

    /// <summary>Reads the communes (INSEE code, name, postal code, département), cached.</summary>
    /// <param name="cancellationToken">Cancels this caller's wait.</param>
    /// <returns>The communes.</returns>
    public virtual async Task<IReadOnlyList<Commune>> GetCommunesAsync(CancellationToken cancellationToken = default) =>
        (IReadOnlyList<Commune>)await GetItemsAsync(ReferentielName.Communes.Value, cancellationToken).ConfigureAwait(false);

    /// <summary>Reads the départements, each with its region, cached.</summary>
    /// <param name="cancellationToken">Cancels this caller's wait.</param>
    /// <returns>The départements.</returns>
    public virtual async Task<IReadOnlyList<Departement>> GetDepartementsAsync(CancellationToken cancellationToken = default) =>
        (IReadOnlyList<Departement>)await GetItemsAsync(ReferentielName.Departements.Value, cancellationToken).ConfigureAwait(false);

    /// <summary>Reads the regions, cached.</summary>
    /// <param name="cancellationToken">Cancels this caller's wait.</param>
    /// <returns>The regions.</returns>
    public virtual async Task<IReadOnlyList<Region>> GetRegionsAsync(CancellationToken cancellationToken = default) =>
        (IReadOnlyList<Region>)await GetItemsAsync(ReferentielName.Regions.Value, cancellationToken).ConfigureAwait(false);

    /// <summary>Reads the contract types (<c>typesContrats</c>), cached.</summary>
    /// <param name="cancellationToken">Cancels this caller's wait.</param>
    /// <returns>The code/label pairs.</returns>
    public virtual Task<IReadOnlyList<Referentiel>> GetTypesContratsAsync(CancellationToken cancellationToken = default) =>
        GetReferentielAsync(ReferentielName.TypesContrats.Value, cancellationToken);

    /// <summary>Reads the contract natures (<c>naturesContrats</c>), cached.</summary>
    /// <param name="cancellationToken">Cancels this caller's wait.</param>
    /// <returns>The code/label pairs.</returns>
    public virtual Task<IReadOnlyList<Referentiel>> GetNaturesContratsAsync(CancellationToken cancellationToken = default) =>
        GetReferentielAsync(ReferentielName.NaturesContrats.Value, cancellationToken);

    /// <summary>Reads the ROME jobs (<c>metiers</c>), cached.</summary>
    /// <param name="cancellationToken">Cancels this caller's wait.</param>
    /// <returns>The code/label pairs.</returns>
    public virtual Task<IReadOnlyList<Referentiel>> GetMetiersAsync(CancellationToken cancellationToken = default) =>
        GetReferentielAsync(ReferentielName.Metiers.Value, cancellationToken);

    /// <summary>Reads the ROME appellations (about 11,500 items), cached.</summary>
    /// <param name="cancellationToken">Cancels this caller's wait.</param>
    /// <returns>The code/label pairs.</returns>
    public virtual Task<IReadOnlyList<Referentiel>> GetAppellationsAsync(CancellationToken cancellationToken = default) =>
        GetReferentielAsync(ReferentielName.Appellations.Value, cancellationToken);

    /// <summary>The typed item list of a referentiel (<c>IReadOnlyList&lt;Commune&gt;</c>...), from the cache when fresh.</summary>
    private Task<object> GetItemsAsync(string name, CancellationToken cancellationToken) =>
        Dispatch(name, new ListFetcher(this, cancellationToken));

    /// <summary>Runs the generated table's typed call for <paramref name="name"/> through <paramref name="visitor"/>.</summary>
    private static TResult Dispatch<TResult>(string name, IReferentielCallsVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ReferentielCalls.TryDispatch(name, visitor, out var result)
            ? result
            : throw new ArgumentException($"'{name}' is not a referentiel of the API; expected one of: {string.Join(", ", ReferentielNames)}.", nameof(name));
    }

    private static Referentiel ToCodeLabel(object item) => item switch
    {
        Commune c => new Referentiel { Code = c.Code, Libelle = c.Libelle },
        Departement d => new Referentiel { Code = d.Code, Libelle = d.Libelle },
        Region r => new Referentiel { Code = r.Code, Libelle = r.Libelle },
        Referentiel r => r,
        _ => throw new InvalidOperationException($"No code/label reading for referentiel items of type {item.GetType().Name}."),
    };

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

    /// <summary>Fetches (or reads from the cache) a referentiel's typed list; the cache keeps it as an <see cref="object"/>.</summary>
    private sealed class ListFetcher(OffresEmploiClient client, CancellationToken cancellationToken) : IReferentielCallsVisitor<Task<object>>
    {
        public Task<object> Visit<TItem>(
            ReferentielName name,
            Func<IOffresEmploiApi, CancellationToken, Task<IApiResponse<IReadOnlyList<TItem>>>> call,
            JsonTypeInfo<IReadOnlyList<TItem>> listTypeInfo)
            where TItem : class =>
            client._referentiels.GetOrFetchAsync(
                name.Value,
                client._options.ReferentielCacheLifetime,
                async ct => (IReadOnlyList<TItem>)await client.FetchListAsync(name.Value, call, ct).ConfigureAwait(false),
                listTypeInfo,
                cancellationToken);
    }

    /// <summary>Writes a typed list with the JSON metadata of its item type.</summary>
    private sealed class ListWriter : IReferentielCallsVisitor<Func<object, string>>
    {
        public static ListWriter Instance { get; } = new();

        public Func<object, string> Visit<TItem>(
            ReferentielName name,
            Func<IOffresEmploiApi, CancellationToken, Task<IApiResponse<IReadOnlyList<TItem>>>> call,
            JsonTypeInfo<IReadOnlyList<TItem>> listTypeInfo)
            where TItem : class =>
            items => JsonSerializer.Serialize((IReadOnlyList<TItem>)items, listTypeInfo);
    }
}
