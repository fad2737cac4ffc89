using System.CommandLine;

namespace OffresEmploi.Cli.CommandLine;

/// <summary>The examples of each command: shown at the end of its help, and parsed by a test so none rots.</summary>
internal sealed class CommandExamples
{
    private readonly Dictionary<Command, List<string[]>> _examples = [];

    /// <summary>Every example, as the arguments after <c>offres</c>.</summary>
    public IEnumerable<string[]> All => _examples.Values.SelectMany(list => list);

    /// <summary>Records the examples of a command.</summary>
    /// <param name="command">The command.</param>
    /// <param name="examples">Its examples, each as the arguments after <c>offres</c>.</param>
    public void Add(Command command, params string[][] examples)
    {
        if (!_examples.TryGetValue(command, out var list))
        {
            _examples[command] = list = [];
        }

        list.AddRange(examples);
    }

    /// <summary>Writes the help section listing the examples of a command, after System.CommandLine's own sections.</summary>
    /// <param name="command">The command whose help is shown.</param>
    /// <param name="output">The help's writer.</param>
    public void WriteSection(Command command, TextWriter output)
    {
        if (!_examples.TryGetValue(command, out var examples) || examples.Count == 0)
        {
            return;
        }

        output.WriteLine("Examples:");
        foreach (var example in examples)
        {
            output.WriteLine("  offres " + string.Join(' ', example.Select(Quote)));
        }

        output.WriteLine();
    }

    // Shows the example as a shell would need it typed.
    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsLetterOrDigit(c) || c is '-' or '.' or '_' or '/' or ':' or ',')
            ? argument
            : $"\"{argument}\"";
}
