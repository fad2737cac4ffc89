using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk;

/// <summary>
/// <see cref="OffresSearchCriteriaOptions.KnownCodesOnly"/>: each code criterion checked against its generated code list,
/// the one place that says which criteria have one (ROME, NAF and place codes are open lists, not checked here).
/// </summary>
internal static class KnownCodes
{
    /// <summary>Labels are listed with the codes while the list stays this short, so the message stays readable.</summary>
    private const int MaxLabelledLength = 100;

    public static void Check(
        IReadOnlyList<TypeContrat>? typeContrat,
        IReadOnlyList<NatureContrat>? natureContrat,
        Experience? experience,
        Qualification? qualification,
        PeriodeSalaire? periodeSalaire)
    {
        Check(nameof(OffresSearchCriteria.TypeContrat), typeContrat, TypeContrat.KnownValues, static c => c.Value, static c => c.Label);
        Check(nameof(OffresSearchCriteria.NatureContrat), natureContrat, NatureContrat.KnownValues, static c => c.Value, static c => c.Label);
        Check(nameof(OffresSearchCriteria.Experience), One(experience), Experience.KnownValues, static c => c.Value, static c => c.Label);
        Check(nameof(OffresSearchCriteria.Qualification), One(qualification), Qualification.KnownValues, static c => c.Value, static c => c.Label);
        Check(nameof(OffresSearchCriteria.PeriodeSalaire), One(periodeSalaire), PeriodeSalaire.KnownValues, static c => c.Value, static c => c.Label);
    }

    /// <summary>The valid codes as a message lists them: <c>1 (Moins d'un an), 2 (De 1 à 3 ans)...</c>, or the codes alone when that is too long.</summary>
    public static string Describe<T>(IReadOnlyList<T> known, Func<T, string> code, Func<T, string?> label)
    {
        var labelled = string.Join(", ", known.Select(k => label(k) is { } l ? $"{code(k)} ({l})" : code(k)));
        return labelled.Length <= MaxLabelledLength ? labelled : string.Join(", ", known.Select(code));
    }

    private static void Check<T>(string criterion, IReadOnlyList<T>? values, IReadOnlyList<T> known, Func<T, string> code, Func<T, string?> label)
        where T : struct, IEquatable<T>
    {
        foreach (var value in values ?? [])
        {
            if (!known.Contains(value))
            {
                throw CriteriaErrors.UnknownCode(criterion, code(value), Describe(known, code, label));
            }
        }
    }

    private static T[]? One<T>(T? value)
        where T : struct => value is { } v ? [v] : null;
}
