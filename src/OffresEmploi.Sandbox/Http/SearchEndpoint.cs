using System.Globalization;
using OffresEmploi.Sandbox.Corpus;
using OffresEmploi.Sandbox.Json;
using OffresEmploi.Sandbox.Search;

namespace OffresEmploi.Sandbox.Http;

/// <summary><c>GET /v2/offres/search</c>: validation, paging by <c>range</c>, status 200/206/204.</summary>
internal sealed class SearchEndpoint(OffreCorpus corpus, SearchEngine engine, RangeLimits limits, TimeProvider timeProvider)
{
    public SandboxResponse Handle(SandboxRequest request)
    {
        SandboxSearchQuery query;
        int first, last;
        try
        {
            var parameters = QueryParameters.Parse(request.Query);
            (first, last) = limits.Parse(parameters["range"]);
            query = SearchQueryParser.Parse(parameters);
        }
        catch (InvalidParameterException e)
        {
            return ApiError.BadRequest(e.Message, timeProvider);
        }

        var result = engine.Search(query, first, last);
        var total = result.Total;

        // Nothing to return: 204 without a body. When the set is not empty but the window starts
        // past its end, the total is still given ("offres */353"), in the manner of HTTP's own
        // unsatisfiable ranges, so a client can tell "no match" from "paged too far".
        if (total == 0 || first >= total)
        {
            return new SandboxResponse(204)
                .WithHeader("Content-Range", string.Create(CultureInfo.InvariantCulture, $"offres */{total}"))
                .WithHeader("Accept-Range", RangeLimits.MaxSize.ToString(CultureInfo.InvariantCulture));
        }

        var returnedLast = Math.Min(last, total - 1);
        var body = JsonBody.Write((corpus, result), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("resultats");
            foreach (var index in state.result.Page)
            {
                OffreJsonWriter.Write(writer, state.corpus, index);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("filtresPossibles");
            foreach (var facet in state.result.FiltresPossibles)
            {
                writer.WriteStartObject();
                writer.WriteString("filtre", facet.Filtre);
                writer.WriteStartArray("agregation");
                foreach (var (valeur, nombre) in facet.Agregation)
                {
                    writer.WriteStartObject();
                    writer.WriteString("valeurPossible", valeur);
                    writer.WriteNumber("nbResultats", nombre);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

        // 206 means "more results exist": still true when the window is capped at 3149.
        var status = returnedLast < total - 1 ? 206 : 200;
        return new SandboxResponse(status, JsonBody.MediaType, body)
            .WithHeader("Content-Range", string.Create(CultureInfo.InvariantCulture, $"offres {first}-{returnedLast}/{total}"))
            .WithHeader("Accept-Range", RangeLimits.MaxSize.ToString(CultureInfo.InvariantCulture));
    }
}
