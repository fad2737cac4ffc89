using System.Collections.Concurrent;
using OffresEmploi.Sandbox.Data;

namespace OffresEmploi.Sandbox.Http;

/// <summary><c>GET /v2/referentiel/{name}</c>: the JSON array, or 404 for a name the API does not route.</summary>
internal static class ReferentielEndpoint
{
    /// <summary>The referentiels never change, so each body is written once (communes alone is some 35,000
    /// entries) and the same bytes are served to every request; nothing downstream writes into a body.</summary>
    private static readonly ConcurrentDictionary<string, byte[]> s_bodies = new(StringComparer.Ordinal);

    public static SandboxResponse Handle(string name)
    {
        if (!ReferentielData.Names.Contains(name, StringComparer.Ordinal))
        {
            return GatewayResponses.NotFound();
        }

        var body = s_bodies.GetOrAdd(name, static n => JsonBody.Write(n, static (writer, x) => ReferentielData.TryWrite(x, writer)));
        return new SandboxResponse(200, JsonBody.MediaType, body);
    }
}
