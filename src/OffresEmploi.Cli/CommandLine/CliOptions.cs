using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace OffresEmploi.Cli.CommandLine;

/// <summary>Makes the options of <c>offres</c>: flags, texts, lists and numbers whose parse errors name the option and
/// the expected form ("--limit: 'abc' is not a whole number (e.g. --limit 50)"), never a .NET type.</summary>
internal static class CliOptions
{
    /// <summary>An on/off option that takes no value.</summary>
    /// <param name="name">The name, with its dashes.</param>
    /// <param name="description">The help text.</param>
    /// <param name="aliases">Other names.</param>
    /// <returns>The option.</returns>
    public static Option<bool> Flag(string name, string description, params string[] aliases) =>
        new(name, aliases) { Description = description, Arity = ArgumentArity.Zero };

    /// <summary>An option that takes one text value.</summary>
    /// <param name="name">The name, with its dashes.</param>
    /// <param name="valueName">The value's name in the help ("FILE").</param>
    /// <param name="description">The help text.</param>
    /// <param name="aliases">Other names.</param>
    /// <returns>The option.</returns>
    public static Option<string> Text(string name, string valueName, string description, params string[] aliases) =>
        new(name, aliases) { Description = description, HelpName = valueName };

    /// <summary>An option that may be repeated, each occurrence taking one value (comma-separated lists are split later).</summary>
    /// <param name="name">The name, with its dashes.</param>
    /// <param name="valueName">The value's name in the help ("CODES").</param>
    /// <param name="description">The help text.</param>
    /// <param name="aliases">Other names.</param>
    /// <returns>The option.</returns>
    public static Option<string[]> List(string name, string valueName, string description, params string[] aliases) =>
        new(name, aliases) { Description = description, HelpName = valueName, Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };

    /// <summary>An option that takes a whole number.</summary>
    /// <param name="name">The name, with its dashes.</param>
    /// <param name="valueName">The value's name in the help ("KM").</param>
    /// <param name="description">The help text.</param>
    /// <param name="example">A valid value, quoted in the error.</param>
    /// <returns>The option; its value is null when it is not given.</returns>
    public static Option<int?> WholeNumber(string name, string valueName, string description, int example) =>
        new(name) { Description = description, HelpName = valueName, CustomParser = result => ParseWholeNumber(result, name, example) };

    /// <summary>An option that takes a whole number and has a default.</summary>
    /// <param name="name">The name, with its dashes.</param>
    /// <param name="valueName">The value's name in the help ("COUNT").</param>
    /// <param name="description">The help text.</param>
    /// <param name="defaultValue">The value when the option is not given (shown in the help).</param>
    /// <param name="aliases">Other names.</param>
    /// <returns>The option.</returns>
    public static Option<int> WholeNumber(string name, string valueName, string description, int defaultValue, params string[] aliases) =>
        new(name, aliases)
        {
            Description = description,
            HelpName = valueName,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result => ParseWholeNumber(result, name, defaultValue) ?? defaultValue,
        };

    /// <summary>An option that takes a decimal number (a dot or a comma before the decimals; spaces between thousands are ignored).</summary>
    /// <param name="name">The name, with its dashes.</param>
    /// <param name="valueName">The value's name in the help ("EUROS").</param>
    /// <param name="description">The help text.</param>
    /// <param name="example">A valid value, quoted in the error.</param>
    /// <returns>The option; its value is null when it is not given.</returns>
    public static Option<double?> Number(string name, string valueName, string description, int example) =>
        new(name)
        {
            Description = description,
            HelpName = valueName,
            CustomParser = result =>
            {
                if (result.Tokens.Count == 0)
                {
                    return null;
                }

                var text = Single(result);
                var normalized = text.Replace(" ", "", StringComparison.Ordinal).Replace('\u00A0'.ToString(), "", StringComparison.Ordinal).Replace(',', '.');
                if (double.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
                {
                    return value;
                }

                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name}: '{text}' is not a number (e.g. {name} {example})."));
                return null;
            },
        };

    private static int? ParseWholeNumber(ArgumentResult result, string name, int example)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        var text = Single(result);
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name}: '{text}' is not a whole number (e.g. {name} {example})."));
        return null;
    }

    // The parser gives a single-value option exactly one token; the last one wins if it is repeated.
    private static string Single(ArgumentResult result) => result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value;
}
