namespace OffresEmploi.CodeGen.Cli;

/// <summary>The parsed command line.</summary>
/// <param name="Check">Compare instead of writing; exit 1 when files differ.</param>
/// <param name="SpecPath">The <c>--spec</c> override, if given.</param>
/// <param name="OutputPath">The <c>--out</c> override, if given.</param>
/// <param name="VerifySamplesDirectory">The <c>--verify-samples</c> directory, if given.</param>
/// <param name="Help">Print usage and exit.</param>
internal sealed record CodeGenOptions(bool Check, string? SpecPath, string? OutputPath, string? VerifySamplesDirectory, bool Help)
{
    public const string Usage = """
        Usage: dotnet run --project tools/OffresEmploi.CodeGen [-- options]

          (no option)              regenerate src/OffresEmploi.Sdk/Generated/ from spec/offres-emploi-v2.yaml
          --check                  exit 1 and list the generated files that differ from the spec
          --spec <file>            use another spec file
          --out <dir>              write to another directory
          --verify-samples <dir>   deserialise every *.json search body in <dir> with the generated models and
                                   fail on errors or on JSON members that have no typed property
        """;

    /// <summary>Parses <paramref name="args"/>.</summary>
    /// <exception cref="ArgumentException">An unknown option or a missing value.</exception>
    public static CodeGenOptions Parse(IReadOnlyList<string> args)
    {
        var options = new CodeGenOptions(false, null, null, null, false);
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
                ? args[++i]
                : throw new ArgumentException($"{args[i]} needs a value");

            options = args[i] switch
            {
                "--check" => options with { Check = true },
                "--spec" => options with { SpecPath = Value() },
                "--out" => options with { OutputPath = Value() },
                "--verify-samples" => options with { VerifySamplesDirectory = Value() },
                "--help" or "-h" => options with { Help = true },
                var unknown => throw new ArgumentException($"unknown option '{unknown}'"),
            };
        }

        return options;
    }
}
