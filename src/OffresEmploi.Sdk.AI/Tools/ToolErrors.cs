namespace OffresEmploi.Sdk.AI.Tools;

/// <summary>Turns API failures into messages that tell the model what went wrong and what to do next.</summary>
/// <remarks>
/// What went wrong is the SDK's <see cref="OffresEmploiException.Diagnosis"/>; this class adds the next step, which differs
/// by kind: a network failure or an outage may pass (retry later), a refused credential never does (the server's
/// configuration must change), a quota needs a pause, and a 400 needs other arguments.
/// </remarks>
internal static class ToolErrors
{
    private const string Credentials = $"{OffresEmploiOptions.ClientIdVariable}/{OffresEmploiOptions.ClientSecretVariable}";
    private const string NoRetry = "retrying will not help.";

    public static string FromApi(OffresEmploiException exception) => exception.Diagnosis + NextStep(exception);

    /// <summary>The message for a plain <see cref="HttpRequestException"/>, which the client normally turns into an <see cref="OffresEmploiConnectionException"/>.</summary>
    public static string Unreachable() => "France Travail's API could not be reached (network error). Retry later; the arguments were fine.";

    /// <summary>What the model (or the server's operator) does about <paramref name="exception"/>, starting with its punctuation.</summary>
    private static string NextStep(OffresEmploiException exception) => exception switch
    {
        // A harvest's diagnosis ends with its cause's: the cause decides the next step.
        OffresEmploiHarvestException { InnerException: OffresEmploiException cause } => NextStep(cause),
        OffresEmploiConnectionException connection =>
            ". The arguments were fine and the credentials were not checked; retry later. If it persists, the server's network or " +
            (connection.Endpoint == OffresEmploiEndpoint.Token ? OffresEmploiOptions.TokenEndpointVariable : OffresEmploiOptions.BaseAddressVariable) + " must be fixed.",
        OffresEmploiAuthenticationException { Endpoint: OffresEmploiEndpoint.Api } =>
            $": the server's {Credentials}, or the application's subscription to the API Offres d'emploi v2, must be fixed; {NoRetry}",
        OffresEmploiAuthenticationException { Error: "invalid_scope" } =>
            $": the application must be subscribed to the API Offres d'emploi v2 on francetravail.io; {NoRetry}",
        OffresEmploiAuthenticationException => $": the server's {Credentials} must be fixed; {NoRetry}",
        OffresEmploiThrottledException { RetryAfter: not null } => ". Wait that long and retry.",
        OffresEmploiThrottledException or { Status: 429 } => ". Wait a few seconds and retry.",
        { Status: >= 500, Endpoint: OffresEmploiEndpoint.Token } =>
            ". This is France Travail's outage, not a problem with the arguments or the credentials; retry later.",
        { Status: >= 500 } => ". This is France Travail's outage, not a problem with the arguments; retry later.",
        { Endpoint: OffresEmploiEndpoint.Token } => $": the server's {OffresEmploiOptions.TokenEndpointVariable} is probably wrong and must be fixed; {NoRetry}",
        { Status: 400 } => $". Change {Argument(ApiParameter(exception.ApiMessage))} and retry.",
        { Status: 401 or 403 } => $". The server's {Credentials} must be fixed; {NoRetry}",
        { Status: 0 } => ". Retry later; the arguments were fine.",
        _ => ".",
    };

    /// <summary>Names the tool argument behind an API parameter (the API's messages and the SDK's checks name API parameters).</summary>
    public static string Argument(string? apiParameter) => apiParameter switch
    {
        "range" => "argument 'page_size' (or 'cursor')",
        "commune" or "departement" or "region" => $"argument '{apiParameter}' (or 'location')",
        _ => SearchFilterArguments.ArgumentFor(apiParameter) is { } argument ? $"argument '{argument}'" : "the argument it names",
    };

    // The API's 400 messages quote the parameter: « codeROME ».
    private static string? ApiParameter(string? message)
    {
        var start = message?.IndexOf('«', StringComparison.Ordinal) ?? -1;
        var end = start < 0 ? -1 : message!.IndexOf('»', start);
        return end > start ? message![(start + 1)..end].Trim() : null;
    }
}
