using System.Text.Json;

namespace OffresEmploi.Sandbox.Json;

/// <summary>formations, langues, permis, competences.</summary>
public static partial class OffreJsonWriter
{
    private static void WriteSkills(Utf8JsonWriter writer, OffreView offre)
    {
        var corpus = offre.Corpus;
        var i = offre.Index;
        var data = offre.Data;
        var rng = offre.Random(3);
        var formation = corpus.Formation[i];
        if (formation != 0)
        {
            writer.WriteStartArray("formations");
            writer.WriteStartObject();
            var domaine = formation >> 8;
            if (domaine != 0)
            {
                var f = data.FormationsByGrandDomaine[offre.Metier.Code[0]][domaine - 1];
                writer.WriteString("codeFormation", f.Code);
                writer.WriteString("domaineLibelle", f.Libelle);
            }

            writer.WriteString("niveauLibelle", data.NiveauxFormations[(formation & 0xFF) - 1].Libelle);
            if (rng.Chance(0.3))
            {
                writer.WriteString("commentaire", rng.Pick(OffreTexts.FormationComments));
            }

            writer.WriteString("exigence", rng.Chance(0.45) ? "E" : "S");
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        WritePair(writer, "langues", corpus.Langues[i], data.Langues, ref rng);
        WritePair(writer, "permis", corpus.Permis[i], data.Permis, ref rng);
        var mask = corpus.Competences[i];
        if (mask != 0)
        {
            var list = data.CompetencesByRome[data.AppellationRome[corpus.Appellation[i]]];
            writer.WriteStartArray("competences");
            for (var k = 0; k < list.Length; k++)
            {
                if ((mask & (1UL << k)) != 0)
                {
                    writer.WriteStartObject();
                    if (list[k].Code.Length > 0)
                    {
                        writer.WriteString("code", list[k].Code);
                    }

                    writer.WriteString("libelle", list[k].Libelle);
                    writer.WriteString("exigence", rng.Chance(0.2) ? "E" : "S");
                    writer.WriteEndObject();
                }
            }

            writer.WriteEndArray();
        }
    }

    private static void WritePair(Utf8JsonWriter writer, string name, ushort pair, Data.CodeLabel[] referentiel, ref Corpus.SplitMix64 rng)
    {
        if (pair == 0)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var item in new[] { pair & 0xFF, pair >> 8 })
        {
            if (item != 0)
            {
                writer.WriteStartObject();
                writer.WriteString("libelle", referentiel[item - 1].Libelle);
                writer.WriteString("exigence", rng.Chance(0.55) ? "E" : "S");
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
    }
}
