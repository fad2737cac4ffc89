using System.Text.RegularExpressions;
using OffresEmploi.Sandbox.Corpus;
using OffresEmploi.Sandbox.Json;

namespace OffresEmploi.Sandbox.Http;

/// <summary><c>GET /v2/offres/{id}</c>: 200 with the offer, 204 when unknown, 400 when the id is malformed.</summary>
internal sealed partial class OffreEndpoint(OffreCorpus corpus, TimeProvider timeProvider)
{
    public SandboxResponse Handle(string id)
    {
        // Real ids are 7 letters or digits (048KLTP, 0603040).
        if (!IdPattern().IsMatch(id))
        {
            return ApiError.BadRequest(ParameterMessages.OffreId, timeProvider);
        }

        if (!corpus.TryFindById(id, out var index))
        {
            return new SandboxResponse(204);
        }

        var body = JsonBody.Write((corpus, index), static (writer, state) => OffreJsonWriter.Write(writer, state.corpus, state.index));
        return new SandboxResponse(200, JsonBody.MediaType, body);
    }

    [GeneratedRegex("^[0-9A-Za-z]{7}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
