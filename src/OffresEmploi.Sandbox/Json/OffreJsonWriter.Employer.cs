using System.Text.Json;
using OffresEmploi.Sandbox.Corpus;

namespace OffresEmploi.Sandbox.Json;

/// <summary>entreprise, contact, agence and the employer-related fields.</summary>
public static partial class OffreJsonWriter
{
    private static readonly string[] QualificationLibelles =
    [
        "", "Manœuvre", "Ouvrier spécialisé", "Ouvrier qualifié (P1,P2)", "Ouvrier qualifié (P3,P4,OHQ)",
        "Employé non qualifié", "Employé qualifié", "Technicien", "Agent de maîtrise", "Cadre",
    ];

    private static readonly string[] Deplacements = ["", "Jamais", "Ponctuels", "Fréquents", "Quotidiens"];

    private static void WriteEntreprise(Utf8JsonWriter writer, OffreView offre)
    {
        var rng = offre.Random(6);
        writer.WriteStartObject("entreprise");
        if (!offre.IsPartner || rng.Chance(0.45))
        {
            writer.WriteString("nom", offre.CompanyName);
        }

        if (rng.Chance(offre.IsPartner ? 0.45 : 0.38))
        {
            writer.WriteString("description", OffreTexts.CompanyDescription(offre));
        }

        if (rng.Chance(0.05))
        {
            writer.WriteString("url", OffreTexts.CompanyUrl(offre));
        }

        if (!offre.IsPartner || rng.Chance(0.85))
        {
            writer.WriteBoolean("entrepriseAdaptee", (offre.Flags & OffreFlags.EntrepriseAdaptee) != 0);
        }

        writer.WriteEndObject();
    }

    private static void WriteContact(Utf8JsonWriter writer, OffreView offre)
    {
        var rng = offre.Random(7);
        var apply = "Pour postuler, utiliser le lien suivant : " + DetailUrl + offre.Id;
        if (offre.IsPartner)
        {
            if (rng.Chance(0.07))
            {
                writer.WriteStartObject("contact");
                writer.WriteString("urlPostulation", OffreTexts.PartnerUrl(offre, offre.Data.Partenaires[offre.Corpus.Partner[offre.Index] - 1].Code));
                writer.WriteEndObject();
            }

            return;
        }

        if (rng.Chance(0.79))
        {
            var x = rng.NextDouble();
            writer.WriteStartObject("contact");
            if (x > 0.12)
            {
                writer.WriteString("nom", OffreTexts.ContactName(ref rng, offre));
            }

            writer.WriteString("coordonnees1", OffreTexts.Street(ref rng));
            if (x > 0.85)
            {
                writer.WriteString("coordonnees2", OffreTexts.PostalLine(offre));
                writer.WriteString("coordonnees3", "FRANCE");
            }

            if (rng.Chance(0.02))
            {
                writer.WriteString("telephone", OffreTexts.Telephone(ref rng));
            }

            if (x is > 0.25 and <= 0.85 && rng.Chance(0.75))
            {
                writer.WriteString("courriel", apply);
            }
            else if (x <= 0.85)
            {
                writer.WriteString("urlPostulation", OffreTexts.CompanyUrl(offre) + "/recrutement/" + offre.Id.ToLowerInvariant());
            }

            writer.WriteEndObject();
        }

        writer.WriteStartObject("agence");
        if (rng.Chance(0.09))
        {
            writer.WriteString("courriel", apply);
        }

        writer.WriteEndObject();
    }

    private static void WriteEmployer(Utf8JsonWriter writer, OffreView offre)
    {
        var corpus = offre.Corpus;
        var i = offre.Index;
        var rng = offre.Random(8);
        // An update (a later day of the market) adds posts: the one content change a client can see besides dateActualisation.
        writer.WriteNumber("nombrePostes", (rng.Chance(0.97) ? 1 : rng.Between(2, 7)) + corpus.AddedPostes(i));
        if ((offre.Flags & OffreFlags.AccessibleTHPresent) != 0)
        {
            writer.WriteBoolean("accessibleTH", (offre.Flags & OffreFlags.AccessibleTH) != 0);
        }

        if (!offre.IsPartner && rng.Chance(0.37))
        {
            var x = rng.NextDouble();
            var code = x < 0.6 ? 1 : x < 0.7 ? 2 : x < 0.83 ? 3 : 4;
            writer.WriteString("deplacementCode", code.ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("deplacementLibelle", Deplacements[code] + (code > 1 && rng.Chance(0.2) ? rng.Pick(OffreTexts.Zones) : string.Empty));
        }

        var qualification = corpus.Qualification[i];
        if (qualification != 0)
        {
            writer.WriteString("qualificationCode", qualification.ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("qualificationLibelle", QualificationLibelles[qualification]);
        }

        if (corpus.Naf[i] != 0)
        {
            var naf = offre.Data.Nafs[corpus.Naf[i] - 1];
            writer.WriteString("codeNAF", naf.Code);
            writer.WriteString("secteurActivite", naf.Code[..2]);
            writer.WriteString("secteurActiviteLibelle", naf.Libelle);
        }

        if (!offre.IsPartner && rng.Chance(0.54))
        {
            var qualites = offre.Data.Qualites;
            var start = rng.Next(qualites.Length);
            writer.WriteStartArray("qualitesProfessionnelles");
            for (var k = 0; k < 3; k++)
            {
                var q = qualites[(start + (k * 5)) % qualites.Length];
                writer.WriteStartObject();
                writer.WriteString("libelle", q.Code);
                writer.WriteString("description", q.Libelle);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
    }
}
