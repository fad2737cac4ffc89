using Refit;

namespace OffresEmploi.Sdk.Serialization;

/// <summary>Creates the Refit settings <see cref="IOffresEmploiApi"/> needs: generated JSON metadata and the API's URL formats.</summary>
internal static class OffresEmploiRefitSettings
{
    /// <summary>Creates new settings (Refit settings are mutable, so each client gets its own instance).</summary>
    /// <returns>
    /// Settings whose content serializer uses <see cref="OffresEmploiJsonContext"/> (source-generated, trimming and Native AOT
    /// safe, tolerant of unknown members) and whose URL formatter writes booleans in lower case, dates in UTC as
    /// <c>yyyy-MM-ddTHH:mm:ssZ</c>, numbers in the invariant culture and code types by their code.
    /// </returns>
    public static RefitSettings Create() => new(
        new SystemTextJsonContentSerializer(OffresEmploiJsonContext.Default.Options),
        new OffresEmploiUrlParameterFormatter())
    {
        CollectionFormat = CollectionFormat.Csv,
    };
}
