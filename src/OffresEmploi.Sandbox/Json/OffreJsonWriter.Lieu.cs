using System.Text.Json;

namespace OffresEmploi.Sandbox.Json;

/// <summary>lieuTravail.</summary>
public static partial class OffreJsonWriter
{
    private static void WriteLieuTravail(Utf8JsonWriter writer, OffreView offre)
    {
        var communes = offre.Data.Communes;
        var c = offre.Commune;
        var departement = communes.Departement[c];
        var mode = offre.Corpus.LieuMode[offre.Index];
        var rng = offre.Random(1);
        writer.WriteStartObject("lieuTravail");
        var prefix = offre.Data.Departements.Codes[departement] + " - ";
        if (mode == 0)
        {
            var name = rng.Chance(0.7) ? OffreTexts.UpperPlace(communes.Noms[c]) : communes.Noms[c];
            writer.WriteString("libelle", prefix + name);
            writer.WriteNumber("latitude", communes.Latitude[c]);
            writer.WriteNumber("longitude", communes.Longitude[c]);
            var postal = communes.CodesPostaux[c];
            writer.WriteString("codePostal", postal[Math.Min(offre.Corpus.PostalChoice[offre.Index], postal.Length - 1)]);
            writer.WriteString("commune", communes.Codes[c]);
        }
        else
        {
            // Offers placed at département level only, as some partner offers are ("74 - Savoie (Haute)").
            writer.WriteString("libelle", prefix + OffreTexts.DepartementLabel(offre.Data.Departements.Noms[departement]));
            if (mode == 1)
            {
                writer.WriteNumber("latitude", communes.Latitude[c]);
                writer.WriteNumber("longitude", communes.Longitude[c]);
            }
        }

        writer.WriteEndObject();
    }
}
