using System.Text.Json;
using System.Text.Json.Nodes;
using OffresEmploi.Sandbox.Http;

namespace OffresEmploi.Sandbox.Drift;

/// <summary>Rewrites offers in a JSON body. The body is re-written with the writer the API's bodies use
/// (<see cref="JsonBody"/>), so every byte outside the drifted members stays as it was.</summary>
internal static class OffreDrift
{
    /// <summary>Changes each offer of a search body's <c>resultats</c>.</summary>
    public static ReadOnlyMemory<byte> ApplyToSearch(ReadOnlyMemory<byte> body, DriftProfile profile)
    {
        if (JsonNode.Parse(body.Span) is not JsonObject root || root["resultats"] is not JsonArray resultats)
        {
            return body;
        }

        foreach (var offre in resultats.OfType<JsonObject>())
        {
            Apply(offre, profile);
        }

        return Write(root);
    }

    /// <summary>Changes the offer a <c>GET /v2/offres/{id}</c> body is.</summary>
    public static ReadOnlyMemory<byte> ApplyToOffre(ReadOnlyMemory<byte> body, DriftProfile profile)
    {
        if (JsonNode.Parse(body.Span) is not JsonObject offre)
        {
            return body;
        }

        Apply(offre, profile);
        return Write(offre);
    }

    private static void Apply(JsonObject offre, DriftProfile profile)
    {
        // Setting an existing member replaces its value in place, so the members keep their order.
        if (profile.NewCode)
        {
            offre["typeContrat"] = DriftProfile.NewTypeContrat;
        }

        if (profile.TypeChange)
        {
            var nombrePostes = offre["nombrePostes"];
            offre["nombrePostes"] = nombrePostes?.GetValueKind() == JsonValueKind.Number ? nombrePostes.ToJsonString() : "1";
        }

        if (profile.UnknownMember)
        {
            offre[DriftProfile.UnknownMemberName] = DriftProfile.UnknownMemberValue;
        }
    }

    private static byte[] Write(JsonNode node) => JsonBody.Write(node, static (writer, n) => n.WriteTo(writer));
}
