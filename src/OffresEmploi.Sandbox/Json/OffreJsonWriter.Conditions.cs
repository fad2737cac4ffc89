using System.Text.Json;

namespace OffresEmploi.Sandbox.Json;

/// <summary>Working time and contexteTravail.</summary>
public static partial class OffreJsonWriter
{
    private static void WriteWorkingTime(Utf8JsonWriter writer, OffreView offre)
    {
        var mode = offre.Corpus.TempsMode[offre.Index];
        if (mode == 0)
        {
            return;
        }

        writer.WriteString("dureeTravailLibelle", OffreTexts.Horaires(offre)[0]);
        writer.WriteString("dureeTravailLibelleConverti", mode == 1 ? "Temps plein" : "Temps partiel");
    }

    private static void WriteContexteTravail(Utf8JsonWriter writer, OffreView offre)
    {
        writer.WriteStartObject("contexteTravail");
        if (offre.Corpus.TempsMode[offre.Index] != 0)
        {
            writer.WriteStartArray("horaires");
            foreach (var h in OffreTexts.Horaires(offre))
            {
                writer.WriteStringValue(h);
            }

            writer.WriteEndArray();
        }

        var rng = offre.Random(5);
        if (!offre.IsPartner && rng.Chance(0.05))
        {
            writer.WriteStartArray("conditionsExercice");
            writer.WriteStringValue(rng.Pick(OffreTexts.ConditionsExercice));
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
