using System.Text;

namespace OffresEmploi.Testing.Docs;

/// <summary>Splits a documented shell command into the words a POSIX shell would pass to the program: quotes removed,
/// stopping at a comment or at the end of the first command of a pipeline or list. Variables are not expanded.</summary>
internal static class ShellWords
{
    /// <summary>Splits <paramref name="command"/>.</summary>
    /// <param name="command">One command line.</param>
    /// <param name="rest">What follows the first command (<c>| jq ...</c>, <c>&amp;&amp; ...</c>), trimmed; empty when nothing does.</param>
    /// <returns>The words of the first command.</returns>
    /// <exception cref="FormatException">A quote is not closed.</exception>
    public static string[] Split(string command, out string rest)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        rest = "";
        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            if (c is '\'' or '"')
            {
                var end = command.IndexOf(c, i + 1);
                if (end < 0)
                {
                    throw new FormatException($"Unclosed {c} in: {command}");
                }

                word.Append(command, i + 1, end - i - 1);
                inWord = true;
                i = end;
            }
            else if (char.IsWhiteSpace(c))
            {
                Flush();
            }
            else if (c == '#' && !inWord)
            {
                break;
            }
            else if (c is '|' or ';' or '&' or '>' or '<')
            {
                rest = command[i..].Trim();
                break;
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        Flush();
        return [.. words];

        void Flush()
        {
            if (inWord)
            {
                words.Add(word.ToString());
                word.Clear();
                inWord = false;
            }
        }
    }
}
