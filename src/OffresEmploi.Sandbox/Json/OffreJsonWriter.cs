using System.Text.Json;
using OffresEmploi.Sandbox.Corpus;

namespace OffresEmploi.Sandbox.Json;

/// <summary>Writes corpus offers as API <c>Offre</c> JSON objects.</summary>
public static class OffreJsonWriter
{
    /// <summary>Writes the offer at <paramref name="index"/> as one JSON object.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="corpus">The corpus.</param>
    /// <param name="index">The corpus index.</param>
    public static void Write(Utf8JsonWriter writer, OffreCorpus corpus, int index)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(corpus);
        writer.WriteStartObject();
        writer.WriteString("id", corpus.GetId(index));
        writer.WriteEndObject();
    }
}
