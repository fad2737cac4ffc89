namespace OffresEmploi.Sandbox.Drift;

/// <summary>
/// Deliberate departures from the API's contract, for testing a contract checker (<c>offres contract-check</c>)
/// against the sandbox: each kind changes every matching answer the same way, with no randomness.
/// </summary>
/// <remarks>
/// Drift changes only the normal API answers (<c>GET /v2/offres/search</c> and <c>GET /v2/offres/{id}</c>); the token
/// endpoint, the referentiels and <c>/_sandbox/*</c> are untouched, so a checker needs nothing sandbox-specific to see
/// it. The text form (see <see cref="Parse"/>) is what the server's <c>--drift</c> option takes:
/// <c>--drift unknown-member,new-code</c>. Drift is applied before any body damage of the <see cref="Faults.FaultProfile"/>.
/// </remarks>
public sealed partial record DriftProfile
{
    /// <summary>The member <see cref="UnknownMember"/> adds to every offer.</summary>
    public const string UnknownMemberName = "champInconnu";

    /// <summary>The value of the member <see cref="UnknownMember"/> adds.</summary>
    public const string UnknownMemberValue = "drift";

    /// <summary>The <c>typeContrat</c> <see cref="NewCode"/> gives every offer; not a code of the <c>typesContrats</c> referentiel.</summary>
    public const string NewTypeContrat = "XYZ";

    /// <summary>Gets a value indicating whether every offer (each item of a search's <c>resultats</c>, and the answer
    /// of <c>GET /v2/offres/{id}</c>) gains a last member <c>"champInconnu": "drift"</c>: paths
    /// <c>$.resultats[i].champInconnu</c> and <c>$.champInconnu</c>. Text form <c>unknown-member</c>.</summary>
    public bool UnknownMember { get; init; }

    /// <summary>Gets a value indicating whether every offer's <c>typeContrat</c> becomes <c>"XYZ"</c>, a code the
    /// <c>typesContrats</c> referentiel lacks: paths <c>$.resultats[i].typeContrat</c> and <c>$.typeContrat</c>.
    /// Text form <c>new-code</c>.</summary>
    public bool NewCode { get; init; }

    /// <summary>Gets a value indicating whether every offer's <c>nombrePostes</c>, an integer in the spec, becomes a
    /// string of the same digits (<c>1</c> becomes <c>"1"</c>; a missing or null one becomes <c>"1"</c>): paths
    /// <c>$.resultats[i].nombrePostes</c> and <c>$.nombrePostes</c>. Text form <c>type-change</c>.</summary>
    public bool TypeChange { get; init; }

    /// <summary>Gets a value indicating whether search answers with results (200 and 206) lose their
    /// <c>Content-Range</c> header; body and other headers stay. Text form <c>missing-header</c>.</summary>
    public bool MissingHeader { get; init; }

    /// <summary>Gets a value indicating whether <c>GET /v2/offres/{id}</c> answers <c>202</c> instead of <c>200</c>,
    /// with the same headers and body. Text form <c>unexpected-status</c>.</summary>
    public bool UnexpectedStatus { get; init; }

    /// <summary>Gets a value indicating whether the profile changes nothing.</summary>
    public bool IsNone => !UnknownMember && !NewCode && !TypeChange && !MissingHeader && !UnexpectedStatus;

    /// <summary>Gets a value indicating whether offer bodies change.</summary>
    internal bool ChangesOffers => UnknownMember || NewCode || TypeChange;

    /// <summary>Gets the profile that changes nothing (the default).</summary>
    public static DriftProfile None { get; } = new();

    /// <summary>Gets the kinds accepted by <see cref="Parse"/>, in the order <see cref="ToString"/> writes them.</summary>
    public static IReadOnlyList<string> KindNames { get; } = ["unknown-member", "new-code", "type-change", "missing-header", "unexpected-status"];
}
