namespace OffresEmploi.CodeGen.Emitting;

/// <summary>Names the emitter writes that do not come from the spec.</summary>
internal sealed record EmitterOptions
{
    /// <summary>The options used for the SDK.</summary>
    public static EmitterOptions Default { get; } = new();

    public string ApiNamespace { get; init; } = "OffresEmploi.Sdk";

    public string ModelsNamespace { get; init; } = "OffresEmploi.Sdk.Models";

    public string SerializationNamespace { get; init; } = "OffresEmploi.Sdk.Serialization";

    public string InterfaceName { get; init; } = "IOffresEmploiApi";

    /// <summary>
    /// The Refit interface's accessibility. Internal: callers use <c>OffresEmploiClient</c>, the one high-level path
    /// (issue #13); the interface is the client's transport, not a second entry point.
    /// </summary>
    public string InterfaceAccessibility { get; init; } = "internal";

    public string JsonContextName { get; init; } = "OffresEmploiJsonContext";

    /// <summary>
    /// The path prefix of the referentiel operations (<c>GET /v2/referentiel/{name}</c>, no parameter, a list body): they
    /// become <see cref="ReferentielNameType"/> and <see cref="ReferentielCallsName"/>, the SDK's one table of
    /// referentiel names and typed calls. Nothing is emitted when no operation matches.
    /// </summary>
    public string ReferentielPathPrefix { get; init; } = "/v2/referentiel/";

    public string ReferentielNameType { get; init; } = "ReferentielName";

    public string ReferentielCallsName { get; init; } = "ReferentielCalls";

    /// <summary>The generator name stamped in headers and <c>[GeneratedCode]</c>.</summary>
    public string GeneratorName { get; init; } = "OffresEmploi.CodeGen";

    /// <summary>
    /// The version stamped in <c>[GeneratedCode]</c>. A constant, not the assembly version, so output only changes when
    /// the emitter's output format changes (bump it then).
    /// </summary>
    public string GeneratorVersion { get; init; } = "1.0.0";
}
