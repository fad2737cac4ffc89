using OffresEmploi.Sandbox.Http;

namespace OffresEmploi.Sandbox.Diagnostics;

/// <summary><c>GET /_sandbox/stats</c>: <see cref="SandboxStatistics"/> as JSON, read-only, outside the API's paths.</summary>
internal static class StatisticsEndpoint
{
    public const string Path = "/_sandbox/stats";

    public static SandboxResponse Handle(SandboxRequest request, SandboxStatistics statistics)
    {
        if (request.Method != "GET")
        {
            return GatewayResponses.MethodNotAllowed("GET");
        }

        var body = JsonBody.Write(statistics, static (writer, s) =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("tokenRequests", s.TokenRequests);
            writer.WriteNumber("tokensIssued", s.TokensIssued);
            writer.WriteNumber("apiRequests", s.ApiRequests);
            writer.WriteNumber("maxApiRequestsPerSecond", s.MaxApiRequestsPerSecond);
            writer.WriteNumber("tooManyRequests", s.TooManyRequests);
            writer.WriteNumber("unauthorized", s.Unauthorized);
            writer.WriteNumber("referentielFetches", s.ReferentielFetches);
            writer.WriteStartObject("referentielFetchesByName");
            foreach (var (name, count) in s.ReferentielFetchesByName)
            {
                writer.WriteNumber(name, count);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        });
        return new SandboxResponse(200, JsonBody.MediaType, body).WithHeader("Cache-Control", "no-store");
    }
}
