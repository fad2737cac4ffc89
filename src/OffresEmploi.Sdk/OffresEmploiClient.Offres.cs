using System.Net;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk;

public partial class OffresEmploiClient
{
    /// <summary>The longest offer id accepted locally; real ids have 7 characters.</summary>
    private const int MaxOffreIdLength = 32;

    /// <summary>Reads one offer (<c>GET /v2/offres/{id}</c>).</summary>
    /// <param name="id">The offer id, letters and digits (<c>048KLTP</c>, <c>0603040</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The offer, or null when it does not exist (the API answers 204).</returns>
    /// <remarks>
    /// Every offer id France Travail has been seen to return is upper case (<c>190BPAB</c>; 323 real offers), so an id
    /// typed in lower case that the API does not know is asked once more in upper case: <c>190bpab</c> finds
    /// <c>190BPAB</c> whether the API compares ids with or without case, at the cost of one request only when the
    /// first finds nothing.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not letters and digits; nothing was sent.</exception>
    /// <exception cref="OffresEmploiException">The API answered with an error, or did not answer.</exception>
    public virtual async Task<Offre?> GetOffreAsync(string id, CancellationToken cancellationToken = default)
    {
        ValidateOffreId(id);
        using var activity = StartActivity("OffresEmploi.GetOffre");
        _ = activity?.SetTag("offresemploi.offre_id", id);
        try
        {
            var offre = await GetOffreOnceAsync(id, activity, cancellationToken).ConfigureAwait(false);
            var upper = id.ToUpperInvariant();
            return offre is null && upper != id
                ? await GetOffreOnceAsync(upper, activity, cancellationToken).ConfigureAwait(false)
                : offre;
        }
        catch (Exception ex)
        {
            RecordFailure(activity, ex);
            throw;
        }
    }

    private async Task<Offre?> GetOffreOnceAsync(string id, System.Diagnostics.Activity? activity, CancellationToken cancellationToken)
    {
        using var response = await CallAsync((api, ct) => api.GetOffreAsync(id, ct), "offer", cancellationToken).ConfigureAwait(false);
        _ = activity?.SetTag("http.response.status_code", (int)response.StatusCode.GetValueOrDefault());
        return response.StatusCode == HttpStatusCode.NoContent ? null : response.Content;
    }

    private static void ValidateOffreId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);

        // The id goes into the path: anything but letters and digits could address another resource.
        if (id.Length is 0 or > MaxOffreIdLength || !id.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException(
                $"The offer id must be 1 to {MaxOffreIdLength} ASCII letters or digits (for example 048KLTP); got '{id}'.",
                nameof(id));
        }
    }
}
