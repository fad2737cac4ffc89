using System.Globalization;
using System.Text.Json;
using OffresEmploi.Sandbox.Corpus;

namespace OffresEmploi.Sandbox.Json;

/// <summary>salaire, in the formats real offers show.</summary>
public static partial class OffreJsonWriter
{
    private static readonly string[] PeriodWords = ["", "Mensuel", "Annuel", "Horaire", "Cachet"];

    private static void WriteSalaire(Utf8JsonWriter writer, OffreView offre)
    {
        var corpus = offre.Corpus;
        var i = offre.Index;
        var style = corpus.SalaryStyle[i];
        var rng = offre.Random(4);
        writer.WriteStartObject("salaire");
        if (style == 4)
        {
            writer.WriteString("commentaire", OffreTexts.SalaryComment(ref rng));
        }
        else if (style < 4)
        {
            writer.WriteString("libelle", SalaireLibelle(corpus, i, rng.Chance(0.5)));
            if (rng.Chance(offre.IsPartner ? 0.05 : 0.12))
            {
                writer.WriteString("commentaire", rng.Pick(OffreTexts.SalaryRemarks));
            }

            if (!offre.IsPartner && rng.Chance(0.4))
            {
                var first = rng.Next(OffreTexts.SalaryComplements.Length);
                writer.WriteString("complement1", OffreTexts.SalaryComplements[first]);
                if (rng.Chance(0.6))
                {
                    writer.WriteString("complement2", OffreTexts.SalaryComplements[(first + 1 + rng.Next(OffreTexts.SalaryComplements.Length - 1)) % OffreTexts.SalaryComplements.Length]);
                }
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>"Annuel de 35000.0 Euros à 45000.0 Euros sur 12.0 mois", "Mensuel de 1810.00 Euros sur 12 mois",
    /// "Horaire de 13,00 Euros à 13,00 Euros", "Horaire de 11.88 Euros"...</summary>
    internal static string SalaireLibelle(OffreCorpus corpus, int i, bool repeatSingleAmount)
    {
        var style = corpus.SalaryStyle[i];
        var min = Math.Round((double)corpus.SalaryMin[i], 2);
        var max = Math.Round((double)corpus.SalaryMax[i], 2);
        var months = (corpus.Flags[i] & OffreFlags.ThirteenMonths) != 0 ? 13 : 12;
        string Amount(double value) => style switch
        {
            1 => value.ToString("0.00", CultureInfo.InvariantCulture),
            2 => value.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ','),
            _ => value.ToString("0.0#", CultureInfo.InvariantCulture),
        };

        var text = PeriodWords[corpus.SalaryPeriod[i]] + " de " + Amount(min) + " Euros";
        if (max > 0)
        {
            text += " à " + Amount(max) + " Euros";
        }
        else if (style == 2 && repeatSingleAmount)
        {
            text += " à " + Amount(min) + " Euros";
        }

        return style switch
        {
            0 => text + $" sur {months}.0 mois",
            1 => text + $" sur {months} mois",
            _ => text,
        };
    }
}
