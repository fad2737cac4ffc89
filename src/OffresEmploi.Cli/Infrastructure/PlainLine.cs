using Spectre.Console;

namespace OffresEmploi.Cli.Infrastructure;

/// <summary>Writes a message that stays one line at any width: an error, the harvest's Ctrl+C line and summary, a
/// "Wrote FILE" line, the sandbox notice (lines that scripts, logs and terminals' path links read whole).</summary>
/// <remarks>Spectre wraps markup at the console's width (80 columns in a pipe), which splits a message that scripts and logs
/// read as one line. Only the short coloured prefix is markup; the message goes to the console's writer as plain text,
/// which Spectre neither wraps nor parses (a path or an API message with brackets is printed as is).</remarks>
internal static class PlainLine
{
    /// <summary>Writes the line.</summary>
    /// <param name="console">The console.</param>
    /// <param name="prefix">A short prefix in Spectre markup (e.g. <c>[red]error:[/] </c>); empty for none.</param>
    /// <param name="message">The message, as plain text on one line.</param>
    public static void Write(IAnsiConsole console, string prefix, string message)
    {
        if (prefix.Length > 0)
        {
            console.Markup(prefix);
        }

        var writer = console.Profile.Out.Writer;
        writer.WriteLine(message);
        writer.Flush();
    }
}
