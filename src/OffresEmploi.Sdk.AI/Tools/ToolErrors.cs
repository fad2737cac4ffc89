namespace OffresEmploi.Sdk.AI.Tools;

/// <summary>Turns API failures into messages that tell the model what to do next.</summary>
internal static class ToolErrors
{
    public static string FromApi(OffresEmploiException exception) => exception switch
    {
        OffresEmploiAuthenticationException => "France Travail refused the server's credentials (OFFRES_EMPLOI_CLIENT_ID/OFFRES_EMPLOI_CLIENT_SECRET); the server's configuration must be fixed, retrying will not help.",
        _ => FromStatus(exception),
    };

    private static string FromStatus(OffresEmploiException exception) => exception.Status switch
    {
        400 => $"France Travail refused the query (400): {exception.ApiMessage ?? "invalid parameter"}. Change {Argument(ApiParameter(exception.ApiMessage))} and retry.",
        401 or 403 => "France Travail refused the credentials. The server's OFFRES_EMPLOI_CLIENT_ID/OFFRES_EMPLOI_CLIENT_SECRET must be fixed; retrying will not help.",
        429 => "France Travail's rate limit was reached. Wait a few seconds and retry.",
        0 => "France Travail's API could not be reached. Retry later; the arguments were fine.",
        >= 500 => $"France Travail's API failed ({exception.Status}). Retry later; the arguments were fine.",
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
