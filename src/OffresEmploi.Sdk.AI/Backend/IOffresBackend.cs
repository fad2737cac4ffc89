using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Paging;

namespace OffresEmploi.Sdk.AI.Backend;

/// <summary>The few API calls the tools make; implemented over the SDK client.</summary>
internal interface IOffresBackend
{
    /// <summary>Searches offers; <paramref name="request"/> carries its own <c>range</c>.</summary>
    Task<OffresPage> SearchAsync(OffresSearchRequest request, CancellationToken cancellationToken);

    /// <summary>Gets one offer, or <see langword="null"/> when the API says it does not exist.</summary>
    Task<Offre?> GetOffreAsync(string id, CancellationToken cancellationToken);

    /// <summary>Gets a referentiel by its API name (<c>typesContrats</c>), cached by the client.</summary>
    Task<IReadOnlyList<ReferentielEntry>> GetReferentielAsync(string name, CancellationToken cancellationToken);
}
