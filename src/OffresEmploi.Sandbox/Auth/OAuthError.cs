namespace OffresEmploi.Sandbox.Auth;

/// <summary>The token endpoint's 400 bodies, as France Travail documents them.</summary>
internal static class OAuthError
{
    public static Http.SandboxResponse InvalidClient() => Create("invalid_client", "Client authentication failed");

    public static Http.SandboxResponse InvalidScope(IEnumerable<string> scopes) =>
        Create("invalid_scope", "Unknown/invalid scope(s): [" + string.Join(", ", scopes) + "]");

    public static Http.SandboxResponse UnsupportedGrantType(string grantType) =>
        Create("unsupported_grant_type", "Grant type is not supported: " + grantType);

    public static Http.SandboxResponse InvalidRequest(string description) => Create("invalid_request", description);

    private static Http.SandboxResponse Create(string error, string description)
    {
        var body = Http.JsonBody.Write((error, description), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteString("error", state.error);
            writer.WriteString("error_description", state.description);
            writer.WriteEndObject();
        });
        return new Http.SandboxResponse(400, TokenEndpoint.JsonMediaType, body)
            .WithHeader("Cache-Control", "no-store")
            .WithHeader("Pragma", "no-cache");
    }
}
