using OffresEmploi.Sdk.AI;

namespace OffresEmploi.Mcp;

/// <summary>What both transports serve: the tools, the referentiel resources and whether offers are simulated.</summary>
internal sealed record ServerComponents(IReadOnlyList<OffresEmploiTool> Tools, ReferentielResources Resources, bool IsSandbox);
