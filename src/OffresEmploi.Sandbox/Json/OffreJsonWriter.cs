using System.Text.Json;
using OffresEmploi.Sandbox.Corpus;

namespace OffresEmploi.Sandbox.Json;

/// <summary>Writes corpus offers as the API's <c>Offre</c> objects: the exact field names and value formats
/// of the publisher's specification and of real responses, with optional blocks left out as often as real
/// offers leave them out.</summary>
public static partial class OffreJsonWriter
{
    /// <summary>The address of an offer on the candidate site, which the API puts in urlOrigine.</summary>
    public const string DetailUrl = "https://candidat.francetravail.fr/offres/recherche/detail/";

    /// <summary>Writes the offer at <paramref name="index"/> as one JSON object.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="corpus">The corpus.</param>
    /// <param name="index">The corpus index.</param>
    public static void Write(Utf8JsonWriter writer, OffreCorpus corpus, int index)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, corpus.Count);
        var offre = new OffreView(corpus, index);
        writer.WriteStartObject();
        writer.WriteString("id", offre.Id);
        writer.WriteString("intitule", offre.Intitule);
        writer.WriteString("description", OffreTexts.Description(offre));
        writer.WriteString("dateCreation", FormatDate(corpus.CreationMs[index]));
        if (corpus.ActualisationSeconds[index] >= 0)
        {
            writer.WriteString("dateActualisation", FormatDate(corpus.CreationMs[index] + (corpus.ActualisationSeconds[index] * 1000L)));
        }

        WriteLieuTravail(writer, offre);
        writer.WriteString("romeCode", offre.Metier.Code);
        writer.WriteString("romeLibelle", offre.Metier.Libelle);
        writer.WriteString("appellationlibelle", offre.AppellationLibelle);
        WriteEntreprise(writer, offre);
        WriteContract(writer, offre);
        WriteSkills(writer, offre);
        WriteSalaire(writer, offre);
        WriteWorkingTime(writer, offre);
        writer.WriteBoolean("alternance", offre.Alternance);
        WriteContact(writer, offre);
        WriteEmployer(writer, offre);
        WriteOrigine(writer, offre);
        if ((offre.Flags & OffreFlags.OffresManqueCandidatsPresent) != 0)
        {
            writer.WriteBoolean("offresManqueCandidats", (offre.Flags & OffreFlags.OffresManqueCandidats) != 0);
        }

        WriteContexteTravail(writer, offre);
        writer.WriteBoolean("entrepriseAdaptee", (offre.Flags & OffreFlags.EntrepriseAdaptee) != 0);
        writer.WriteBoolean("employeurHandiEngage", (offre.Flags & OffreFlags.EmployeurHandiEngage) != 0);
        writer.WriteEndObject();
    }

    /// <summary>ISO 8601 in UTC with milliseconds and "Z", as real responses (e.g. 2025-08-04T18:00:50.137Z).</summary>
    internal static string FormatDate(long unixMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMs).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static void WriteOrigine(Utf8JsonWriter writer, OffreView offre)
    {
        writer.WriteStartObject("origineOffre");
        writer.WriteString("origine", offre.IsPartner ? "2" : "1");
        writer.WriteString("urlOrigine", DetailUrl + offre.Id);
        if (offre.IsPartner)
        {
            var partner = offre.Data.Partenaires[offre.Corpus.Partner[offre.Index] - 1];
            writer.WriteStartArray("partenaires");
            writer.WriteStartObject();
            writer.WriteString("nom", partner.Code);
            writer.WriteString("url", OffreTexts.PartnerUrl(offre, partner.Code));
            if (partner.Libelle.Length > 0)
            {
                writer.WriteString("logo", partner.Libelle);
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
