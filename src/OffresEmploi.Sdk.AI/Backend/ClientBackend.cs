using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Paging;

namespace OffresEmploi.Sdk.AI.Backend;

/// <summary>The tools' calls over <see cref="OffresEmploiClient"/>: its retries, rate limiting, validation and referentiel cache apply.</summary>
internal sealed class ClientBackend(OffresEmploiClient client) : IOffresBackend
{
    public Task<OffresPage> SearchAsync(OffresSearchRequest request, CancellationToken cancellationToken) => client.SearchAsync(request, cancellationToken);

    public Task<Offre?> GetOffreAsync(string id, CancellationToken cancellationToken) => client.GetOffreAsync(id, cancellationToken);

    public async Task<IReadOnlyList<ReferentielEntry>> GetReferentielAsync(string name, CancellationToken cancellationToken) => name switch
    {
        "communes" => [.. (await client.GetCommunesAsync(cancellationToken).ConfigureAwait(false)).Select(ReferentielEntry.From)],
        "departements" => [.. (await client.GetDepartementsAsync(cancellationToken).ConfigureAwait(false)).Select(ReferentielEntry.From)],
        _ => [.. (await client.GetReferentielAsync(name, cancellationToken).ConfigureAwait(false)).Select(ReferentielEntry.From)],
    };
}
