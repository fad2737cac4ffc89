using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OffresEmploi.Testing;

namespace OffresEmploi.Sdk.Tests.Docs;

[CollectionDefinition(nameof(ReadmeQuickstartTests), DisableParallelization = true)]
public sealed class ReadmeQuickstartTestsDefinition;

/// <summary>
/// The two C# blocks under README.md's "The SDK in three lines", compiled with Roslyn exactly as written (a console
/// app's top-level statements with its implicit usings) and the sandbox one run; so the quickstart cannot rot.
/// </summary>
/// <remarks>Runs alone: running the snippet redirects the process-wide <see cref="Console.Out"/> to read what it prints.</remarks>
[Collection(nameof(ReadmeQuickstartTests))]
public sealed partial class ReadmeQuickstartTests
{
    private const string Heading = "## The SDK in three lines";

    /// <summary>What <c>dotnet new console</c> turns on (<c>ImplicitUsings</c>): the only text added to the snippet.</summary>
    private const string ConsoleAppImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    [Fact]
    public void Quickstart_CredentialsBlock_CompilesAsPastedWithoutWarnings()
    {
        var (credentials, _) = QuickstartBlocks();

        var diagnostics = Compile(credentials, out _);

        Assert.Empty(diagnostics);
        Assert.Contains("new OffresEmploiClient(", credentials, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quickstart_SandboxBlock_CompilesAndPrintsOffersOfTheDepartement()
    {
        var (_, sandbox) = QuickstartBlocks();
        var diagnostics = Compile(sandbox, out var image);
        Assert.Empty(diagnostics);

        var output = await RunAsync(image!);

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Matches(@"^.+ \(74 - .+\)$", line));
    }

    [Fact]
    public void Quickstart_BothBlocks_RunTheSameSearch()
    {
        var (credentials, sandbox) = QuickstartBlocks();

        // Only the client differs, so running the sandbox block also runs the credentials block's search and output lines.
        Assert.Equal(Statements(credentials)[1..], Statements(sandbox)[1..]);
        Assert.Contains("SandboxClientFactory.Create()", Statements(sandbox)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void SdkDocsQuickStart_IsTheReadmeBlock_SoItCompilesToo()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "sdk.md")).ReplaceLineEndings("\n");
        var start = docs.IndexOf("## Quick start", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/sdk.md has no \"## Quick start\" section");

        var first = CSharpFence().Match(docs, start);

        Assert.True(first.Success, "no csharp block under docs/sdk.md's quick start");
        Assert.Equal(QuickstartBlocks().Credentials, first.Groups[1].Value);
    }

    /// <summary>The first two csharp fences after the quickstart heading, as written.</summary>
    private static (string Credentials, string Sandbox) QuickstartBlocks()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf(Heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no \"{Heading}\" section");
        var end = readme.IndexOf("\n## ", start + Heading.Length, StringComparison.Ordinal);
        var section = readme[start..(end < 0 ? readme.Length : end)];
        var blocks = CSharpFence().Matches(section).Select(m => m.Groups[1].Value).ToArray();
        Assert.True(blocks.Length >= 2, $"expected two csharp blocks under \"{Heading}\", found {blocks.Length}");
        return (blocks[0], blocks[1]);
    }

    private static string[] Statements(string block) => block.Split('\n')
        .Where(l => l.Length > 0 && !l.StartsWith("using OffresEmploi", StringComparison.Ordinal))
        .Select(l => l.Split("//")[0].TrimEnd())
        .ToArray();

    /// <summary>Compiles <paramref name="source"/> as a console app's Program.cs against what this test process loads
    /// (the SDK, the sandbox library and the runtime); returns every error and warning.</summary>
    private static Diagnostic[] Compile(string source, out byte[]? image)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => MetadataReference.CreateFromFile(path));
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "ReadmeQuickstart",
            [CSharpSyntaxTree.ParseText(ConsoleAppImplicitUsings, parse, "GlobalUsings.g.cs"), CSharpSyntaxTree.ParseText(source, parse, "Program.cs")],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        image = result.Success ? stream.ToArray() : null;
        return result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
    }

    /// <summary>Runs the compiled program's entry point in this process (its references resolve to the assemblies
    /// already loaded) and returns what it wrote to the console.</summary>
    private static async Task<string> RunAsync(byte[] image)
    {
        var context = new AssemblyLoadContext("ReadmeQuickstart", isCollectible: true);
        var original = Console.Out;
        using var output = new StringWriter();
        try
        {
            var entryPoint = context.LoadFromStream(new MemoryStream(image)).EntryPoint!;
            Console.SetOut(output);
            object?[] arguments = entryPoint.GetParameters().Length == 0 ? [] : [Array.Empty<string>()];
            await Task.Run(() => entryPoint.Invoke(null, arguments), TestContext.Current.CancellationToken)
                .WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw ex.InnerException;
        }
        finally
        {
            Console.SetOut(original);
            context.Unload();
        }

        return output.ToString();
    }

    [GeneratedRegex("```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpFence();
}
