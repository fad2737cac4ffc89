namespace OffresEmploi.Sdk.AI.Backend;

/// <summary>Builds the short detail shown after a referentiel label ("74000, dép. 74").</summary>
internal static class ReferentielDetails
{
    public static string? Join(params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return present.Count == 0 ? null : string.Join(", ", present);
    }
}
