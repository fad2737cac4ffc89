using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Paging;
using OffresEmploi.Sdk.Serialization;
using Refit;

namespace OffresEmploi.Sdk.AI.Backend;

/// <summary>The tools' calls over the generated Refit interface; failures become <see cref="OffresEmploiException"/>s, referentiels are cached.</summary>
internal sealed class RefitBackend(IOffresEmploiApi api) : IOffresBackend
{
    private readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyList<ReferentielEntry>>>> _referentiels = new(StringComparer.Ordinal);

    public async Task<OffresPage> SearchAsync(OffresSearchRequest request, CancellationToken cancellationToken)
    {
        using var response = await api.SearchAsync(request, cancellationToken).ConfigureAwait(false);
        var requested = request.Range is { } range ? OffresRange.Parse(range) : OffresRange.FirstPage();
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return OffresPage.Create([], ContentRangeOf(response), HttpStatusCode.NoContent, requested);
        }

        var content = Ensure(response);
        return OffresPage.Create(content.Resultats ?? [], ContentRangeOf(response), response.StatusCode ?? HttpStatusCode.OK, requested, content.FiltresPossibles);
    }

    public async Task<Offre?> GetOffreAsync(string id, CancellationToken cancellationToken)
    {
        using var response = await api.GetOffreAsync(id, cancellationToken).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.NoContent ? null : Ensure(response);
    }

    public Task<IReadOnlyList<ReferentielEntry>> GetReferentielAsync(string name, CancellationToken cancellationToken)
    {
        // Referentiels change rarely: one load per process; a failed load is forgotten so the next call retries.
        var lazy = _referentiels.GetOrAdd(name, n => new Lazy<Task<IReadOnlyList<ReferentielEntry>>>(() => LoadAsync(n, CancellationToken.None)));
        var task = lazy.Value;
        if (task.IsFaulted || task.IsCanceled)
        {
            _referentiels.TryRemove(new KeyValuePair<string, Lazy<Task<IReadOnlyList<ReferentielEntry>>>>(name, lazy));
        }

        return task.WaitAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<ReferentielEntry>> LoadAsync(string name, CancellationToken cancellationToken) => name switch
    {
        "communes" => Map(await api.GetCommunesAsync(cancellationToken).ConfigureAwait(false), ReferentielEntry.From),
        "departements" => Map(await api.GetDepartementsAsync(cancellationToken).ConfigureAwait(false), ReferentielEntry.From),
        "regions" => Map(await api.GetRegionsAsync(cancellationToken).ConfigureAwait(false), ReferentielEntry.From),
        _ => Map(await GetSimpleAsync(name, cancellationToken).ConfigureAwait(false), ReferentielEntry.From),
    };

    private Task<IApiResponse<IReadOnlyList<Referentiel>>> GetSimpleAsync(string name, CancellationToken cancellationToken) => name switch
    {
        "appellations" => api.GetAppellationsAsync(cancellationToken),
        "continents" => api.GetContinentsAsync(cancellationToken),
        "domaines" => api.GetDomainesAsync(cancellationToken),
        "langues" => api.GetLanguesAsync(cancellationToken),
        "metiers" => api.GetMetiersAsync(cancellationToken),
        "nafs" => api.GetNafsAsync(cancellationToken),
        "naturesContrats" => api.GetNaturesContratsAsync(cancellationToken),
        "niveauxFormations" => api.GetNiveauxFormationsAsync(cancellationToken),
        "pays" => api.GetPaysAsync(cancellationToken),
        "permis" => api.GetPermisAsync(cancellationToken),
        "secteursActivites" => api.GetSecteursActivitesAsync(cancellationToken),
        "themes" => api.GetThemesAsync(cancellationToken),
        "typesContrats" => api.GetTypesContratsAsync(cancellationToken),
        _ => throw new ArgumentException($"Unknown referentiel '{name}'.", nameof(name)),
    };

    private static IReadOnlyList<ReferentielEntry> Map<T>(IApiResponse<IReadOnlyList<T>> response, Func<T, ReferentielEntry> map)
    {
        using (response)
        {
            return response.StatusCode == HttpStatusCode.NoContent ? [] : [.. Ensure(response).Select(map).Where(e => e.Code.Length > 0)];
        }
    }

    private static T Ensure<T>(IApiResponse<T> response)
        where T : class
    {
        if (response.IsSuccessStatusCode && response.Content is { } content)
        {
            return content;
        }

        // A failed token request (unreachable, refused, outage) reaches Refit as the SDK's own exception: keep its diagnosis.
        for (var inner = response.Error?.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is OffresEmploiException sdkError)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(sdkError);
            }
        }

        var body = (response.Error as ApiException)?.Content;
        var status = (int)(response.StatusCode ?? 0);
        var apiMessage = TryReadMessage(body);
        throw new OffresEmploiException($"France Travail answered {status}{(apiMessage is null ? "" : ": " + apiMessage)}", response.Error)
        {
            Status = status,
            ApiMessage = apiMessage,
        };
    }

    private static string? TryReadMessage(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, OffresEmploiJsonContext.Default.ErreurApi)?.Message;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads <c>Content-Range: offres 0-149/300749</c>, which carries the query's total.</summary>
    private static ContentRange? ContentRangeOf(IApiResponse response) =>
        response.ContentHeaders?.TryGetValues("Content-Range", out var values) == true && ContentRange.TryParse(values.FirstOrDefault(), out var range)
            ? range
            : null;
}
