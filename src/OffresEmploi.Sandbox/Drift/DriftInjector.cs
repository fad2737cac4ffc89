using OffresEmploi.Sandbox.Http;

namespace OffresEmploi.Sandbox.Drift;

/// <summary>Applies a <see cref="DriftProfile"/> to the answers of the offer endpoints, after the API made them
/// and before any fault damages their body.</summary>
internal sealed class DriftInjector(DriftProfile profile)
{
    /// <summary>Changes a <c>GET /v2/offres/search</c> answer; only 200 and 206 (the answers with offers) drift.</summary>
    public SandboxResponse ApplyToSearch(SandboxResponse response)
    {
        if (profile.IsNone || response.StatusCode is not (200 or 206))
        {
            return response;
        }

        if (profile.MissingHeader)
        {
            response.Headers.RemoveAll(h => string.Equals(h.Key, "Content-Range", StringComparison.OrdinalIgnoreCase));
        }

        if (profile.ChangesOffers)
        {
            response.Body = OffreDrift.ApplyToSearch(response.Body, profile);
        }

        return response;
    }

    /// <summary>Changes a <c>GET /v2/offres/{id}</c> answer; only 200 (an offer found) drifts.</summary>
    public SandboxResponse ApplyToOffre(SandboxResponse response)
    {
        if (profile.IsNone || response.StatusCode != 200)
        {
            return response;
        }

        if (profile.ChangesOffers)
        {
            response.Body = OffreDrift.ApplyToOffre(response.Body, profile);
        }

        return profile.UnexpectedStatus ? response.WithStatusCode(202) : response;
    }
}
