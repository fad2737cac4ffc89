using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using OffresEmploi.Sdk.Models;
using Refit;
using OffresEmploi.Testing.Properties;

namespace OffresEmploi.Sdk.Tests.Properties;

/// <summary>Readable counterexamples: only the parameters that are set, by their API name, with invisible characters escaped.</summary>
internal static class Printing
{
    private static readonly (PropertyInfo Property, string Name)[] s_parameters = typeof(OffresSearchRequest)
        .GetProperties()
        .Select(p => (p, p.GetCustomAttribute<AliasAsAttribute>()?.Name))
        .Where(x => x.Name is not null)
        .Select(x => (x.p, x.Name!))
        .ToArray();

    /// <summary>Gets the API names of the search parameters, read from the request's <c>[AliasAs]</c> attributes.</summary>
    public static IReadOnlyList<string> ParameterNames { get; } = s_parameters.Select(p => p.Name).ToArray();

    /// <summary>Gets the names of the parameters <paramref name="request"/> sets.</summary>
    public static IEnumerable<string> SetParameters(OffresSearchRequest request) =>
        s_parameters.Where(p => p.Property.GetValue(request) is not null).Select(p => p.Name);

    public static string Request(OffresSearchRequest request)
    {
        var parts = s_parameters
            .Select(p => (p.Name, Value: p.Property.GetValue(request)))
            .Where(p => p.Value is not null)
            .Select(p => $"{p.Name}={Value(p.Value)}");
        return "{ " + string.Join(", ", parts) + " }";
    }

    public static string Value(object? value) => value switch
    {
        null => "null",
        string s => Quote(s),
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTimeOffset date => date.ToString("O", CultureInfo.InvariantCulture),
        IFormattable code when value.GetType().IsValueType && value.GetType().Namespace == typeof(Sort).Namespace => Quote(code.ToString(null, CultureInfo.InvariantCulture)),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable list => List(list.Cast<object?>().ToList()),
        _ => value.ToString() ?? "?",
    };

    private static string List(List<object?> items) => items.Count <= 8
        ? "[" + string.Join(", ", items.Select(Value)) + "]"
        : string.Create(CultureInfo.InvariantCulture, $"[{items.Count} values: {string.Join(", ", items.Take(4).Select(Value))}, ..., {Value(items[^1])}]");

    /// <summary>Quotes a string, escaping controls, format characters, surrogates and unusual spaces as <c>\uXXXX</c>.</summary>
    public static string Quote(string? text)
    {
        if (text is null)
        {
            return "null";
        }

        var builder = new StringBuilder("\"");
        var shown = text.Length > 60 ? text[..60] : text;
        foreach (var c in shown)
        {
            var category = char.GetUnicodeCategory(c);
            var escape = char.IsControl(c) || char.IsSurrogate(c) || category is UnicodeCategory.Format or UnicodeCategory.SpaceSeparator && c != ' '
                || category is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.NonSpacingMark;
            _ = escape ? builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : c == '"' ? builder.Append("\\\"") : builder.Append(c);
        }

        _ = builder.Append('"');
        return text.Length > 60 ? builder.Append(CultureInfo.InvariantCulture, $"(+{text.Length - 60} chars)").ToString() : builder.ToString();
    }
}
