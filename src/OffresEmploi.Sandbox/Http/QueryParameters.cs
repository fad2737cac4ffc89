using System.Text;

namespace OffresEmploi.Sandbox.Http;

/// <summary>
/// Decoded <c>name=value</c> pairs of a query string or form body. Names are case-sensitive, as in
/// the API (<c>codeROME</c>, not <c>coderome</c>); a repeated name yields its values joined by commas.
/// </summary>
internal sealed class QueryParameters
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private QueryParameters()
    {
    }

    public static QueryParameters Parse(string? encoded)
    {
        var result = new QueryParameters();
        if (string.IsNullOrEmpty(encoded))
        {
            return result;
        }

        foreach (var pair in encoded.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Decode(pair[(equals + 1)..]);
            result._values[name] = result._values.TryGetValue(name, out var existing) ? existing + "," + value : value;
        }

        return result;
    }

    public static QueryParameters Parse(ReadOnlySpan<byte> utf8Form) => Parse(Encoding.UTF8.GetString(utf8Form));

    /// <summary>Gets a value; an empty value counts as absent, as the API ignores <c>motsCles=</c>.</summary>
    public string? this[string name] => _values.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    public bool Contains(string name) => _values.ContainsKey(name);

    private static string Decode(string component) => Uri.UnescapeDataString(component.Replace('+', ' '));
}
