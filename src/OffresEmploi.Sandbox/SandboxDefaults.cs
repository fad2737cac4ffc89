namespace OffresEmploi.Sandbox;

/// <summary>The conventional addresses and credentials of the sandbox, for pointing the SDK at it.</summary>
/// <remarks>
/// The in-process <see cref="Http.SandboxHttpMessageHandler"/> answers any host, so these addresses
/// only need to be consistent; the HTTP server answers the same paths on its own address.
/// The class is not called <c>Sandbox</c> because, inside namespace <c>OffresEmploi.Sandbox</c>,
/// that name would be unreachable from every <c>OffresEmploi.*</c> namespace (C# resolves
/// <c>Sandbox</c> to the namespace first) and would hide the namespace in the sandbox's own code.
/// </remarks>
public static class SandboxDefaults
{
    /// <summary>The default client id accepted by the sandbox: <c>sandbox</c>.</summary>
    public const string ClientId = "sandbox";

    /// <summary>The default client secret accepted by the sandbox: <c>sandbox</c>. Not a secret: it only opens the sandbox.</summary>
    public const string ClientSecret = "sandbox";

    /// <summary>The scopes to request: <c>api_offresdemploiv2 o2dsoffre</c>, as in production.</summary>
    public const string Scope = "api_offresdemploiv2 o2dsoffre";

    /// <summary>Gets the API base address, as production's <c>https://api.francetravail.io/partenaire/offresdemploi/</c>.</summary>
    public static Uri BaseAddress { get; } = new("https://sandbox.offres-emploi.local/partenaire/offresdemploi/");

    /// <summary>Gets the token endpoint, with its <c>realm=/partenaire</c> query.</summary>
    public static Uri TokenEndpoint { get; } = new("https://sandbox.offres-emploi.local/connexion/oauth2/access_token?realm=%2Fpartenaire");
}
