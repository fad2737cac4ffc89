using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace OffresEmploi.Cli.CommandLine;

/// <summary>Words the mistakes of a command line as one line naming the command or option, with a suggestion.</summary>
internal static class ParseErrors
{
    /// <summary>Finds the mistakes of <paramref name="result"/>.</summary>
    /// <param name="result">The parse result.</param>
    /// <returns>One line, or null when the command line is fine.</returns>
    /// <remarks>An unknown option before the keywords would otherwise be taken as a keyword ("--limt 3" searching for
    /// "--limt" and "3"): no keyword or name starts with a dash, so such a value is reported as an unknown option.</remarks>
    public static string? Find(ParseResult result)
    {
        var command = result.CommandResult.Command;
        var help = command is RootCommand ? "offres --help" : $"offres {command.Name} --help";
        if (OptionLikeArgument(result.CommandResult) is { } dashed)
        {
            return $"unknown option '{dashed}'{Suggest(dashed, command)} (see `{help}`).";
        }

        if (result.Errors.Count == 0)
        {
            return null;
        }

        if (result.UnmatchedTokens.Count > 0)
        {
            var token = result.UnmatchedTokens[0];
            var what = token.StartsWith('-') ? "unknown option" : command is RootCommand ? "unknown command" : "unexpected argument";
            return $"{what} '{token}'{Suggest(token, command)} (see `{help}`).";
        }

        var messages = result.Errors.Select(e => e.Message.TrimEnd('.')).Distinct(StringComparer.Ordinal);
        return $"{string.Join("; ", messages)} (see `{help}`).";
    }

    private static string? OptionLikeArgument(CommandResult command) =>
        command.Children.OfType<ArgumentResult>()
            .SelectMany(argument => argument.Tokens)
            .Select(token => token.Value)
            .FirstOrDefault(value => value.Length > 1 && value[0] == '-' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _));

    // "serch" → "; did you mean 'search'?": the nearest command or option name within two edits.
    private static string Suggest(string token, Command command)
    {
        var candidates = token.StartsWith('-')
            ? command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))
            : command.Subcommands.Select(c => c.Name);
        var best = candidates
            .Select(name => (Name: name, Distance: Distance(token, name)))
            .Where(c => c.Distance <= 2)
            .OrderBy(c => c.Distance)
            .FirstOrDefault();
        return best.Name is null ? "" : $"; did you mean '{best.Name}'?";
    }

    // Levenshtein distance, ignoring case.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
