using System.Globalization;
using OffresEmploi.Testing;

namespace OffresEmploi.Sdk.Benchmarks;

/// <summary>The options after the subcommand: <c>--name value</c> pairs.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public Arguments(IEnumerable<string> args)
    {
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                name = arg[2..];
                _values[name] = "true";
            }
            else if (name is not null)
            {
                _values[name] = arg;
                name = null;
            }
            else
            {
                throw new ArgumentException($"Unexpected argument '{arg}': options are written --name value.");
            }
        }
    }

    public int Int(string name, int fallback) =>
        _values.TryGetValue(name, out var value) ? int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;

    public double Double(string name, double fallback) =>
        _values.TryGetValue(name, out var value) ? double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture) : fallback;

    public string? String(string name) => _values.GetValueOrDefault(name);
}
