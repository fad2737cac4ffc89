namespace OffresEmploi.Sdk;

/// <summary>The names of the <see cref="System.Net.Http.IHttpClientFactory"/> clients registered by <c>AddOffresEmploi</c>.</summary>
/// <remarks>
/// Use them to add a handler of your own (<c>services.AddHttpClient(OffresEmploiHttpClientNames.Api).AddHttpMessageHandler(...)</c>).
/// Handlers added this way sit inside the SDK's own, next to the transport.
/// </remarks>
public static class OffresEmploiHttpClientNames
{
    /// <summary>The client for the API (resilience → authentication → diagnostics → transport).</summary>
    public const string Api = "OffresEmploi.Api";

    /// <summary>The client for the OAuth token endpoint (resilience → diagnostics → transport; no authentication handler).</summary>
    public const string Token = "OffresEmploi.Token";
}
