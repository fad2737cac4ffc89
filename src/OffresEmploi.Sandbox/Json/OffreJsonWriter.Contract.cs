using System.Globalization;
using System.Text.Json;
using OffresEmploi.Sandbox.Corpus;

namespace OffresEmploi.Sandbox.Json;

/// <summary>Contract and experience fields.</summary>
public static partial class OffreJsonWriter
{
    private static void WriteContract(Utf8JsonWriter writer, OffreView offre)
    {
        var corpus = offre.Corpus;
        var i = offre.Index;
        var rng = offre.Random(2);
        writer.WriteString("typeContrat", offre.TypeContrat);
        writer.WriteString("typeContratLibelle", TypeContratLibelle(offre, rng.Chance(offre.IsPartner ? 0.9 : 0.35)));
        writer.WriteString("natureContrat", offre.Data.NaturesContrats[corpus.NatureContrat[i]].Libelle);
        var exige = corpus.ExperienceExige[i];
        writer.WriteString("experienceExige", exige switch { 0 => "D", 1 => "S", _ => "E" });
        if ((offre.Flags & OffreFlags.AccessibleTHPresent) != 0)
        {
            var comment = rng.Chance(0.03) ? rng.Pick(OffreTexts.ExperienceComments) : null;
            var libelle = ExperienceLibelle(exige, corpus.ExperienceMonths[i], rng.Chance(0.5));
            writer.WriteString("experienceLibelle", comment is null ? libelle : libelle + " - " + comment);
            if (comment is not null)
            {
                writer.WriteString("experienceCommentaire", comment);
            }
        }
    }

    private static string TypeContratLibelle(OffreView offre, bool shortForm)
    {
        var corpus = offre.Corpus;
        var i = offre.Index;
        var duration = corpus.ContractDuration[i];
        var length = duration == 0 ? string.Empty
            : (corpus.Flags[i] & OffreFlags.DurationInDays) != 0 ? $" - {duration} Jour(s)" : $" - {duration} Mois";
        return offre.TypeContrat switch
        {
            "CDI" => shortForm ? "CDI" : "Contrat à durée indéterminée",
            "CDD" => (shortForm ? "CDD" : "Contrat à durée déterminée") + length,
            "MIS" => (shortForm ? "Intérim" : "Mission intérimaire") + length,
            "SAI" => (shortForm ? "Saisonnier" : "Contrat travail saisonnier") + length,
            "DIN" => "CDI intérimaire",
            "DDI" => "CDD insertion" + length,
            "TTI" => "Travail temporaire insertion" + length,
            _ => offre.Data.TypesContrats[corpus.TypeContrat[i]].Libelle,
        };
    }

    /// <summary>"Débutant accepté", "2 An(s)", "Expérience exigée de 3 An(s)", "6 Mois", "Expérience souhaitée"...</summary>
    internal static string ExperienceLibelle(int exige, int months, bool verbose)
    {
        if (exige == 0)
        {
            return "Débutant accepté";
        }

        if (months == 0)
        {
            return exige == 1 ? "Expérience souhaitée" : "Expérience exigée";
        }

        var amount = months % 12 == 0 ? (months / 12).ToString(CultureInfo.InvariantCulture) + " An(s)" : months.ToString(CultureInfo.InvariantCulture) + " Mois";
        return exige == 2 && verbose ? "Expérience exigée de " + amount : amount;
    }
}
