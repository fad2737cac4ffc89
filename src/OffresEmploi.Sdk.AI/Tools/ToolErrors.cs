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
        400 => $"France Travail refused the query (400): {exception.ApiMessage ?? "invalid parameter"}. Change the argument it names and retry.",
        401 or 403 => "France Travail refused the credentials. The server's OFFRES_EMPLOI_CLIENT_ID/OFFRES_EMPLOI_CLIENT_SECRET must be fixed; retrying will not help.",
        429 => "France Travail's rate limit was reached. Wait a few seconds and retry.",
        0 => "France Travail's API could not be reached. Retry later; the arguments were fine.",
        >= 500 => $"France Travail's API failed ({exception.Status}). Retry later; the arguments were fine.",
        _ => $"France Travail answered {exception.Status}{(exception.ApiMessage is { } m ? ": " + m : "")}.",
    };
}
