using OffresEmploi.Sandbox.Data;

namespace OffresEmploi.Sandbox.Http;

/// <summary><c>GET /v2/referentiel/{name}</c>: the JSON array, or 404 for a name the API does not route.</summary>
internal static class ReferentielEndpoint
{
    public static SandboxResponse Handle(string name)
    {
        if (!ReferentielData.Names.Contains(name, StringComparer.Ordinal))
        {
            return GatewayResponses.NotFound();
        }

        var body = JsonBody.Write(name, static (writer, n) => ReferentielData.TryWrite(n, writer));
        return new SandboxResponse(200, JsonBody.MediaType, body);
    }
}
