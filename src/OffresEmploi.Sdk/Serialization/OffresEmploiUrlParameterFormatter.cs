using System.Globalization;
using System.Reflection;
using Refit;

namespace OffresEmploi.Sdk.Serialization;

/// <summary>Writes path and query values the way the API reads them.</summary>
/// <remarks>
/// Refit's defaults would send <c>True</c> and culture- or offset-dependent dates. The API wants lower-case booleans,
/// UTC dates as <c>yyyy-MM-ddTHH:mm:ssZ</c> without milliseconds, invariant numbers and codes (never labels). The
/// formatter only looks at the value, never at the attribute provider, so it stays reflection-free under Native AOT.
/// </remarks>
internal sealed class OffresEmploiUrlParameterFormatter : IUrlParameterFormatter
{
    /// <summary>The date format the API documents for <c>minCreationDate</c>/<c>maxCreationDate</c>.</summary>
    public const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    private const string FixedPointFormat = "0.#############################";

    /// <inheritdoc/>
    public string? Format(object? value, ICustomAttributeProvider attributeProvider, Type type) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        DateTimeOffset date => date.UtcDateTime.ToString(DateTimeFormat, CultureInfo.InvariantCulture),
        DateTime date => ToUtc(date).ToString(DateTimeFormat, CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double number => FormatDouble(number),

        // Numbers and the generated code types (which format as their code).
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    // The API documents plain decimals (1400, 0.5); the default round-trip format would send 1E-07 or 1E+20, a form the API
    // does not document. Fixed-point keeps 15 significant digits, enough for money and months; a negative zero is sent as 0.
    private static string FormatDouble(double number)
    {
        var text = number.ToString(FixedPointFormat, CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    // An unspecified kind is taken as UTC: converting it as local time would shift the filter by the machine's offset.
    private static DateTime ToUtc(DateTime date) => date.Kind switch
    {
        DateTimeKind.Local => date.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(date, DateTimeKind.Utc),
        _ => date,
    };
}
