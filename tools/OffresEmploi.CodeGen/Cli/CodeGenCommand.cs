using System.Diagnostics;
using OffresEmploi.CodeGen.Output;
using OffresEmploi.CodeGen.Parsing;

namespace OffresEmploi.CodeGen.Cli;

/// <summary>Runs the generator from the command line. Exit codes: 0 success, 1 differences or failed check, 2 error.</summary>
internal static class CodeGenCommand
{
    public const int Success = 0;
    public const int Differences = 1;
    public const int Error = 2;

    private const string DefaultSpec = "spec/offres-emploi-v2.yaml";
    private const string DefaultOutput = "src/OffresEmploi.Sdk/Generated";
    private const string SampleVerifierProject = "tools/OffresEmploi.SampleVerifier";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        CodeGenOptions options;
        try
        {
            options = CodeGenOptions.Parse(args);
        }
        catch (ArgumentException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            error.WriteLine(CodeGenOptions.Usage);
            return Error;
        }

        if (options.Help)
        {
            output.WriteLine(CodeGenOptions.Usage);
            return Success;
        }

        var root = RepositoryRoot.Find();
        if (root is null && (options.SpecPath is null || options.OutputPath is null || options.VerifySamplesDirectory is not null))
        {
            error.WriteLine($"error: cannot find {RepositoryRoot.SolutionFileName} above the working directory; run from the repository or pass --spec and --out");
            return Error;
        }

        if (options.VerifySamplesDirectory is { } samples)
        {
            return VerifySamples(root!, samples, output, error);
        }

        var specPath = Path.GetFullPath(options.SpecPath ?? Path.Combine(root!, DefaultSpec));
        var outputPath = Path.GetFullPath(options.OutputPath ?? Path.Combine(root!, DefaultOutput));

        System.Collections.Immutable.ImmutableSortedDictionary<string, string> files;
        try
        {
            files = CodeGenerator.Generate(specPath, RepositoryRoot.Display(specPath, root));
        }
        catch (SpecMappingException exception)
        {
            // Nothing was written: the tree is generated in memory before any file is touched.
            error.WriteLine($"error: {exception.SpecPath}: {exception.Pointer}: {exception.Reason}");
            return Error;
        }

        var displayOutput = RepositoryRoot.Display(outputPath, root);
        if (options.Check)
        {
            var differences = GeneratedOutput.Diff(outputPath, files);
            if (differences.Count == 0)
            {
                output.WriteLine($"{displayOutput} is up to date ({files.Count} files).");
                return Success;
            }

            error.WriteLine($"{displayOutput} differs from the spec; run `dotnet run --project tools/OffresEmploi.CodeGen`:");
            foreach (var difference in differences)
            {
                error.WriteLine($"  {difference}");
            }

            return Differences;
        }

        var written = GeneratedOutput.Write(outputPath, files);
        output.WriteLine(written.Count == 0
            ? $"{displayOutput} is up to date ({files.Count} files)."
            : $"{displayOutput}: {written.Count} of {files.Count} files updated.");
        foreach (var difference in written)
        {
            output.WriteLine($"  {difference}");
        }

        return Success;
    }

    /// <summary>
    /// Delegates to <c>tools/OffresEmploi.SampleVerifier</c>, which compiles against the SDK. Keeping the SDK out of the
    /// generator means a broken generated tree can always be regenerated.
    /// </summary>
    private static int VerifySamples(string root, string directory, TextWriter output, TextWriter error)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "run", "--project", Path.Combine(root, SampleVerifierProject), "--", Path.GetFullPath(directory) })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start dotnet");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { output.WriteLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { error.WriteLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        return process.ExitCode == 0 ? Success : Differences;
    }
}
