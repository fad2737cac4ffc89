namespace OffresEmploi.Sdk.AI.Tools;

/// <summary>Turns API failures into messages that tell the model what went wrong and what to do next.</summary>
/// <remarks>
/// Each kind has its own words, because each calls for a different next step: a network failure or an outage may pass
/// (retry later), a refused credential never does (the server's configuration must change), a quota needs a pause,
/// and a 400 needs other arguments.
/// </remarks>
internal static class ToolErrors
{
    private const string Credentials = "OFFRES_EMPLOI_CLIENT_ID/OFFRES_EMPLOI_CLIENT_SECRET";

    public static string FromApi(OffresEmploiException exception) => exception switch
    {
        OffresEmploiConnectionException connection => Unreachable(connection),
        OffresEmploiAuthenticationException auth => Refused(auth),
        OffresEmploiThrottledException throttled => Throttled(throttled),
        { Status: >= 500, Endpoint: OffresEmploiEndpoint.Token } =>
            $"France Travail's identity service failed ({exception.Status}) to issue an access token. This is France Travail's outage, not a problem with the arguments or the credentials; retry later.",
        { Endpoint: OffresEmploiEndpoint.Token } =>
            $"France Travail's token endpoint answered {exception.Status}, which is not a token: the server's OFFRES_EMPLOI_TOKEN_URL is probably wrong and must be fixed; retrying will not help.",
        _ => FromStatus(exception),
    };

    /// <summary>The message for a request that got no response; <paramref name="exception"/> may be a plain <see cref="HttpRequestException"/> from the Refit entry point.</summary>
    public static string Unreachable(OffresEmploiConnectionException? exception)
    {
        if (exception is null)
        {
            return "France Travail's API could not be reached (network error). Retry later; the arguments were fine.";
        }

        var token = exception.Endpoint == OffresEmploiEndpoint.Token;
        var service = token ? "token endpoint" : "API";
        var variable = token ? "OFFRES_EMPLOI_TOKEN_URL" : "OFFRES_EMPLOI_BASE_URL";
        var host = exception.Host is { } h ? $" at {h}" : "";
        return $"France Travail's {service}{host} could not be reached ({exception.CauseDescription}). " +
            $"The arguments were fine and the credentials were not checked; retry later. If it persists, the server's network or {variable} must be fixed.";
    }

    private static string Refused(OffresEmploiAuthenticationException exception) => exception switch
    {
        { Endpoint: OffresEmploiEndpoint.Api } =>
            $"France Travail's API refused the server's access token ({exception.Status}) even after a fresh one: the server's {Credentials}, or the application's subscription to the API Offres d'emploi v2, must be fixed; retrying will not help.",
        { Error: "invalid_scope" } =>
            "France Travail refused the scopes the server asked for (invalid_scope): the application must be subscribed to the API Offres d'emploi v2 on francetravail.io; retrying will not help.",
        _ => $"France Travail refused the server's credentials ({exception.Error ?? exception.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)}): the server's {Credentials} must be fixed; retrying will not help.",
    };

    private static string Throttled(OffresEmploiThrottledException exception)
    {
        var wait = exception.RetryAfter is { } retryAfter ? $"Wait {Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds)):0} seconds" : "Wait a few seconds";
        return exception.Endpoint == OffresEmploiEndpoint.Token
            ? $"France Travail's identity service is throttling token requests (429). {wait} and retry."
            : $"France Travail's rate limit was reached (429). {wait} and retry.";
    }

    private static string FromStatus(OffresEmploiException exception) => exception.Status switch
    {
        400 => $"France Travail refused the query (400): {exception.ApiMessage ?? "invalid parameter"}. Change {Argument(ApiParameter(exception.ApiMessage))} and retry.",
        401 or 403 => $"France Travail refused the credentials ({exception.Status}). The server's {Credentials} must be fixed; retrying will not help.",
        429 => "France Travail's rate limit was reached (429). Wait a few seconds and retry.",
        0 => "France Travail's API could not be reached. Retry later; the arguments were fine.",
        >= 500 => $"France Travail's API failed ({exception.Status}). This is France Travail's outage, not a problem with the arguments; retry later.",
        _ => $"France Travail answered {exception.Status}{(exception.ApiMessage is { } m ? ": " + m : "")}.",
    };

    /// <summary>Names the tool argument behind an API parameter (the API's messages and the SDK's checks name API parameters).</summary>
    public static string Argument(string? apiParameter) => apiParameter switch
    {
        "motsCles" => "argument 'keywords'",
        "commune" => "argument 'commune' (or 'location')",
        "distance" => "argument 'radius_km'",
        "departement" => "argument 'departement' (or 'location')",
        "region" => "argument 'region' (or 'location')",
        "typeContrat" => "argument 'contract'",
        "natureContrat" => "argument 'nature'",
        "experience" => "argument 'experience'",
        "qualification" => "argument 'qualification'",
        "tempsPlein" => "argument 'full_time'",
        "salaireMin" => "argument 'salary_min'",
        "periodeSalaire" => "argument 'salary_period'",
        "publieeDepuis" => "argument 'published_since'",
        "codeROME" => "argument 'rome'",
        "range" => "argument 'page_size' (or 'cursor')",
        _ => "the argument it names",
    };

    // The API's 400 messages quote the parameter: « codeROME ».
    private static string? ApiParameter(string? message)
    {
        var start = message?.IndexOf('«', StringComparison.Ordinal) ?? -1;
        var end = start < 0 ? -1 : message!.IndexOf('»', start);
        return end > start ? message![(start + 1)..end].Trim() : null;
    }
}
