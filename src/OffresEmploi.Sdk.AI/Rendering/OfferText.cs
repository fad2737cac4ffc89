using System.Globalization;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.AI.Rendering;

/// <summary>Renders one offer for reading: labelled lines for the facts, then the description; empty parts are left out.</summary>
internal static class OfferText
{
    /// <summary>The facts, one labelled line each.</summary>
    public static List<string> Facts(Offre offre, string url)
    {
        var lines = new List<string> { $"{offre.Intitule ?? "(sans titre)"} [{offre.Id}]" };
        Add(lines, "Employer", Join(", ", offre.Entreprise?.Nom, offre.Entreprise?.EntrepriseAdaptee == true ? "entreprise adaptée" : null));
        Add(lines, "About employer", offre.Entreprise?.Description);
        Add(lines, "Place", Join(" ", offre.LieuTravail?.Libelle, offre.LieuTravail?.CodePostal is { } cp ? $"({cp})" : null));
        Add(lines, "Contract", Join(", ", offre.TypeContratLibelle ?? offre.TypeContrat?.Label, offre.NatureContrat, offre.Alternance == true ? "alternance" : null));
        Add(lines, "Working time", Join(", ", offre.DureeTravailLibelle, offre.DureeTravailLibelleConverti));
        Add(lines, "Salary", Join(", ", SalaryText.Format(offre.Salaire), offre.Salaire?.Commentaire is { } c && offre.Salaire?.Libelle is not null ? c : null, offre.Salaire?.Complement1, offre.Salaire?.Complement2,
            offre.Salaire?.ListeComplements is { Count: > 0 } complements ? string.Join(", ", complements.Select(x => x.Libelle)) : null));
        Add(lines, "Experience", Join(", ", offre.ExperienceLibelle, offre.ExperienceExige?.Label, offre.ExperienceCommentaire));
        Add(lines, "Job", Join(", ", offre.AppellationLibelle, offre.RomeLibelle is { } rome ? $"{rome} ({offre.RomeCode})" : null));
        Add(lines, "Qualification", offre.QualificationLibelle);
        Add(lines, "Sector", offre.SecteurActiviteLibelle);
        Add(lines, "Education", List(offre.Formations?.Select(f => Join(" ", f.NiveauLibelle, f.DomaineLibelle, Requirement(f.Exigence?.Value), f.Commentaire))));
        Add(lines, "Skills", List(offre.Competences?.Select(c => Join(" ", c.Libelle, Requirement(c.Exigence?.Value)))));
        Add(lines, "Languages", List(offre.Langues?.Select(l => Join(" ", l.Libelle, Requirement(l.Exigence?.Value)))));
        Add(lines, "Licences", List(offre.Permis?.Select(p => Join(" ", p.Libelle, Requirement(p.Exigence?.Value)))));
        Add(lines, "Office tools", List(offre.OutilsBureautiques));
        Add(lines, "Qualities", List(offre.QualitesProfessionnelles?.Select(q => q.Libelle)));
        Add(lines, "Schedule", List(offre.ContexteTravail?.Horaires));
        Add(lines, "Conditions", List([.. offre.ContexteTravail?.ConditionsExercice ?? [], offre.ConditionExercice, offre.ComplementExercice]));
        Add(lines, "Travel", offre.DeplacementLibelle);
        Add(lines, "Positions", offre.NombrePostes is > 1 and var n ? n.ToString(CultureInfo.InvariantCulture) : null);
        Add(lines, "Published", Join(", ", Date(offre.DateCreation), offre.DateActualisation is { } updated ? "updated " + Date(updated) : null));
        Add(lines, "Apply", Join(" ", offre.Contact?.UrlPostulation, offre.Contact?.Nom, offre.Contact?.Courriel, offre.Contact?.Telephone, offre.Contact?.Commentaire));
        Add(lines, "Source", offre.OrigineOffre?.Partenaires is { Count: > 0 } partners ? "partner site " + string.Join(", ", partners.Select(p => Join(" ", p.Nom, p.Url))) : null);
        Add(lines, "URL", url);
        return lines;
    }

    private static string? Requirement(string? exigence) => exigence switch
    {
        "E" => "(required)",
        "S" => "(wished)",
        _ => null,
    };

    private static string? Date(DateTimeOffset? date) =>
        date?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? List(IEnumerable<string?>? items)
    {
        var values = items?.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        return values is { Count: > 0 } ? string.Join("; ", values) : null;
    }

    private static string? Join(string separator, params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim().Replace('\n', ' ').Replace("\r", "", StringComparison.Ordinal)).ToList();
        return present.Count == 0 ? null : string.Join(separator, present);
    }

    private static void Add(List<string> lines, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            lines.Add($"{label}: {value.Trim()}");
        }
    }
}
