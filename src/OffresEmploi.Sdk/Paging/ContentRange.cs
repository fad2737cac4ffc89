using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OffresEmploi.Sdk.Models;

/// <summary>
/// The API's <c>Content-Range</c> header: <c>offres 0-149/300749</c> on search pages, <c>offres */0</c> or
/// <c>*/0</c> with a 204, and <c>&lt;referentiel&gt; */&lt;size&gt;</c> on referentiels.
/// </summary>
/// <remarks>
/// The unit is the API's own word ("offres"), not "bytes", so the BCL's <c>ContentRangeHeaderValue</c> cannot read
/// it. The unit is optional when parsing, and <c>*</c> stands for an unknown range or total.
/// </remarks>
public readonly record struct ContentRange
{
    /// <summary>Initializes a new instance of the <see cref="ContentRange"/> struct.</summary>
    /// <param name="unit">The unit word (e.g. <c>offres</c>); empty when absent.</param>
    /// <param name="first">The 0-based index of the first item returned, or null for <c>*</c>.</param>
    /// <param name="last">The 0-based index of the last item returned, or null for <c>*</c>.</param>
    /// <param name="total">The total number of items, or null when unknown (<c>*</c>).</param>
    /// <exception cref="ArgumentException">Only one of <paramref name="first"/> and <paramref name="last"/> is given, or they are out of order or negative.</exception>
    public ContentRange(string unit, int? first, int? last, int? total)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (first.HasValue != last.HasValue)
        {
            throw new ArgumentException("First and last must both be set or both be null.", nameof(first));
        }

        if (first < 0 || last < first)
        {
            throw new ArgumentException("The range must satisfy 0 <= first <= last.", nameof(first));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(total ?? 0, nameof(total));
        Unit = unit;
        First = first;
        Last = last;
        Total = total;
    }

    /// <summary>Gets the unit word (<c>offres</c> for searches); empty when the header had none.</summary>
    public string Unit { get; }

    /// <summary>Gets the 0-based index of the first item in this response, or null (<c>*</c>).</summary>
    public int? First { get; }

    /// <summary>Gets the 0-based index of the last item in this response, or null (<c>*</c>).</summary>
    public int? Last { get; }

    /// <summary>Gets the total number of items matching the request, or null when the server did not say.</summary>
    public int? Total { get; }

    /// <summary>Gets the number of items this response covers (0 for <c>*</c>).</summary>
    public int Count => First is { } first && Last is { } last ? last - first + 1 : 0;

    /// <summary>Gets whether items exist beyond <see cref="Last"/> according to <see cref="Total"/>.</summary>
    public bool HasMoreThanReturned => Last is { } last && Total is { } total && last < total - 1;

    /// <summary>Parses a header value.</summary>
    /// <param name="value">The header value, e.g. <c>offres 0-149/300749</c>.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="FormatException"><paramref name="value"/> is not a valid content range.</exception>
    public static ContentRange Parse(string value) =>
        TryParse(value, out var range) ? range : throw new FormatException($"'{value}' is not a Content-Range of the form 'offres p-d/t' or 'offres */t'.");

    /// <summary>Tries to parse a header value.</summary>
    /// <param name="value">The header value; null or blank fails.</param>
    /// <param name="range">The parsed value when successful.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> was valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out ContentRange range)
    {
        range = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var text = value.AsSpan().Trim();
        var unit = string.Empty;
        var space = text.IndexOf(' ');
        if (space >= 0)
        {
            var word = text[..space];
            foreach (var c in word)
            {
                if (!char.IsAsciiLetter(c))
                {
                    return false;
                }
            }

            unit = word.ToString();
            text = text[(space + 1)..].TrimStart();
        }

        var slash = text.IndexOf('/');
        if (slash <= 0)
        {
            return false;
        }

        var rangePart = text[..slash];
        var totalPart = text[(slash + 1)..];
        int? total = null;
        if (totalPart is not "*")
        {
            if (!TryParseIndex(totalPart, out var t))
            {
                return false;
            }

            total = t;
        }

        if (rangePart is "*")
        {
            range = new ContentRange(unit, null, null, total);
            return true;
        }

        var dash = rangePart.IndexOf('-');
        if (dash <= 0 || !TryParseIndex(rangePart[..dash], out var first) || !TryParseIndex(rangePart[(dash + 1)..], out var last) || last < first)
        {
            return false;
        }

        range = new ContentRange(unit, first, last, total);
        return true;
    }

    /// <summary>Formats the value as the server writes it.</summary>
    /// <returns>For example <c>offres 0-149/300749</c> or <c>offres */0</c>.</returns>
    public override string ToString()
    {
        var prefix = Unit.Length == 0 ? string.Empty : Unit + " ";
        var range = First is { } first && Last is { } last ? string.Create(CultureInfo.InvariantCulture, $"{first}-{last}") : "*";
        var total = Total?.ToString(CultureInfo.InvariantCulture) ?? "*";
        return prefix + range + "/" + total;
    }

    private static bool TryParseIndex(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return text.Length > 0 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
