namespace OffresEmploi.Sandbox.Data;

/// <summary>One <c>{code, libelle}</c> referentiel item.</summary>
/// <param name="Code">The code sent to and returned by the API.</param>
/// <param name="Libelle">The French label.</param>
internal sealed record CodeLabel(string Code, string Libelle);
