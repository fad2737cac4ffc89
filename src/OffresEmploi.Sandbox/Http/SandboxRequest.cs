namespace OffresEmploi.Sandbox.Http;

/// <summary>A transport-neutral request: what both the in-process handler and the HTTP server hand to <see cref="SandboxCore"/>.</summary>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Path">The unescaped path, e.g. <c>/partenaire/offresdemploi/v2/offres/search</c>.</param>
/// <param name="Query">The raw query string without the leading <c>?</c>, still percent-encoded.</param>
/// <param name="Authorization">The <c>Authorization</c> header, if any.</param>
/// <param name="ContentType">The <c>Content-Type</c> of the body, if any.</param>
/// <param name="Body">The request body.</param>
internal sealed record SandboxRequest(
    string Method,
    string Path,
    string Query,
    string? Authorization,
    string? ContentType,
    ReadOnlyMemory<byte> Body);
