namespace OffresEmploi.Sdk.Models;

/// <content>
/// The French wording of a facet (<c>filtresPossibles</c>) and of its values, written once for every facade (the CLI's
/// charts, the <c>summarize_market</c> tool). Methods, not properties, so the JSON of the record stays the API's.
/// </content>
public sealed partial record FiltrePossible
{
    /// <summary>Returns the French title of this facet: "Type de contrat", "Expérience", "Qualification", "Nature du contrat".</summary>
    /// <returns>The title; <see cref="Filtre"/> itself for a facet the SDK does not know, or an empty string when absent.</returns>
    public string GetTitle() => Filtre switch
    {
        "typeContrat" => "Type de contrat",
        "experience" => "Expérience",
        "qualification" => "Qualification",
        "natureContrat" => "Nature du contrat",
        _ => Filtre ?? "",
    };

    /// <summary>Returns the French label of one of this facet's values, from the code lists (<see cref="TypeContrat"/>, <see cref="Experience"/>...).</summary>
    /// <param name="code">The value (<see cref="Agregation.ValeurPossible"/>), e.g. <c>CDI</c>.</param>
    /// <returns>
    /// The label; for a code the facet's code list does not know, the code marked as undocumented
    /// (<c>4 (code non documenté)</c>: the API counts <c>experience</c> "4" without documenting it, and a bare "4" on a
    /// chart reads as a number); null for a facet the SDK does not know or no code.
    /// </returns>
    public string? GetValueLabel(string? code)
    {
        string? label = null;
        bool? found = Filtre switch
        {
            "typeContrat" => TypeContrat.TryGetLabel(code, out label),
            "experience" => Experience.TryGetLabel(code, out label),
            "qualification" => Qualification.TryGetLabel(code, out label),
            "natureContrat" => NatureContrat.TryGetLabel(code, out label),
            _ => null,
        };
        return found switch
        {
            true => label,
            false when !string.IsNullOrEmpty(code) => code + " (code non documenté)",
            _ => null,
        };
    }
}
