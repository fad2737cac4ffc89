using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OffresEmploi.Testing.Docs;

/// <summary>
/// Compiles the C# blocks of the docs with Roslyn, against the assemblies of the test process (the SDK, the sandbox,
/// the AI package where referenced, the runtime), following each block's <see cref="SnippetDirective"/>; and runs a
/// compiled program. Diagnostics point at the page and line of the block (<c>#line</c>).
/// </summary>
/// <remarks>Callers reference Microsoft.CodeAnalysis.CSharp themselves (this library keeps it private, so the tools that
/// use the library do not carry the compiler).</remarks>
internal static partial class CSharpSnippet
{
    /// <summary>What <c>dotnet new console</c> turns on (<c>ImplicitUsings</c>): the only text added to a program.</summary>
    public const string ConsoleAppImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    /// <summary>The AI package's namespace and Microsoft.Extensions.AI's (declared before <see cref="Needs"/>, which uses them).</summary>
    private static readonly string[] AiNamespaces = ["OffresEmploi.Sdk.AI", "Microsoft.Extensions.AI"];

    /// <summary>The usings a fragment gets besides the implicit ones: the quick start's, which the pages show first.</summary>
    public static readonly string[] FragmentUsings = ["OffresEmploi.Sdk", "OffresEmploi.Sdk.Models"];

    /// <summary>What a fragment can name in <c>needs:</c>: the parameter it becomes and the using the program around
    /// it would have.</summary>
    public static readonly IReadOnlyDictionary<string, (string Parameter, string? Using)> Needs =
        new Dictionary<string, (string, string?)>(StringComparer.Ordinal)
        {
            ["client"] = ("OffresEmploiClient client", null),
            ["request"] = ("OffresSearchRequest request", null),
            ["services"] = ("IServiceCollection services", "Microsoft.Extensions.DependencyInjection"),
            // A web or worker app's builder; those templates' implicit usings include Microsoft.Extensions.DependencyInjection.
            ["builder"] = ("Microsoft.Extensions.Hosting.IHostApplicationBuilder builder", "Microsoft.Extensions.DependencyInjection"),
            ["tools"] = ("IReadOnlyList<OffresEmploiTool> tools", AiNamespaces[0]),
            // Any model's IChatClient (OpenAI, Azure OpenAI, Ollama... through their Microsoft.Extensions.AI packages).
            ["chatClient"] = ("IChatClient chatClient", AiNamespaces[1]),
        };

    /// <summary>Whether the block uses the AI package (compiled by the tests of OffresEmploi.Sdk.AI, which reference it).</summary>
    public static bool UsesAiPackage(MarkdownBlock block) =>
        AiNamespaces.Any(ns => block.Text.Contains(ns, StringComparison.Ordinal))
        || (block.Directive?.Needs ?? []).Any(n => Needs.TryGetValue(n, out var need) && AiNamespaces.Contains(need.Using));

    /// <summary>Whether the block uses DuckDB's ADO.NET provider (compiled by the tests of the CLI, whose process loads it).</summary>
    public static bool UsesDuckDb(MarkdownBlock block) => block.Text.Contains("using DuckDB.NET", StringComparison.Ordinal);

    /// <summary>Compiles a block as its directive says; returns every error and warning.</summary>
    public static Diagnostic[] Compile(MarkdownBlock block, out byte[]? image)
    {
        var directive = block.Directive;
        var position = $"#line {block.Line + 1} \"{block.File}\"\n";
        return directive?.Kind switch
        {
            null => Compile(OutputKind.ConsoleApplication, out image, ConsoleAppImplicitUsings, position + block.Text),
            SnippetKind.Fragment => Compile(OutputKind.DynamicallyLinkedLibrary, out image, ConsoleAppImplicitUsings, Fragment(block, directive.Needs, position)),
            _ => Compile(OutputKind.DynamicallyLinkedLibrary, out image, Outline(block)),
        };
    }

    /// <summary>Compiles <paramref name="program"/> as a console app's Program.cs with the implicit usings.</summary>
    public static Diagnostic[] CompileProgram(string program, out byte[]? image) =>
        Compile(OutputKind.ConsoleApplication, out image, ConsoleAppImplicitUsings, program);

    /// <summary>Runs a compiled program's entry point in this process (its references resolve to the assemblies already
    /// loaded) and returns what it wrote to the console.</summary>
    /// <remarks>Redirects the process-wide <see cref="Console.Out"/>: callers run alone.</remarks>
    public static async Task<string> RunAsync(byte[] image, CancellationToken cancellationToken)
    {
        var context = new AssemblyLoadContext("DocSnippet", isCollectible: true);
        var original = Console.Out;
        using var output = new StringWriter();
        try
        {
            var entryPoint = context.LoadFromStream(new MemoryStream(image)).EntryPoint!;
            Console.SetOut(output);
            object?[] arguments = entryPoint.GetParameters().Length == 0 ? [] : [Array.Empty<string>()];
            await Task.Run(() => entryPoint.Invoke(null, arguments), cancellationToken)
                .WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
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

    private static string Fragment(MarkdownBlock block, IReadOnlyList<string> needs, string position)
    {
        var unknown = needs.Where(n => !Needs.ContainsKey(n)).ToArray();
        if (unknown.Length > 0)
        {
            throw new InvalidOperationException($"{block.Location}: unknown need(s) {string.Join(", ", unknown)}; known: {string.Join(", ", Needs.Keys)}.");
        }

        var usings = FragmentUsings.Concat(needs.Select(n => Needs[n].Using).OfType<string>()).Distinct(StringComparer.Ordinal);
        var source = new StringBuilder();
        foreach (var u in usings)
        {
            source.Append("using ").Append(u).Append(";\n");
        }

        // The method is async for the fragments that await; its handlers may be left as comments ({ /* ... */ }).
        source.Append("#pragma warning disable CS1998, CS0168\n")
            .Append("internal static class Snippet\n{\n    internal static async Task RunAsync(")
            .Append(string.Join(", ", needs.Select(n => Needs[n].Parameter)))
            .Append(")\n    {\n")
            .Append(position).Append(block.Text)
            .Append("#line default\n    }\n}\n");
        return source.ToString();
    }

    /// <summary>An outline compiles to <c>typeof</c> checks of the types it declares, in the namespaces it lists them under.</summary>
    private static string Outline(MarkdownBlock block)
    {
        var checks = new StringBuilder("internal static class Outline\n{\n    internal static void Check()\n    {\n");
        var ns = "";
        foreach (var line in block.Text.Split('\n'))
        {
            if (NamespaceLine().Match(line) is { Success: true } n)
            {
                ns = n.Groups[1].Value;
            }
            else if (TypeDeclaration().Match(line) is { Success: true } t)
            {
                checks.Append("        _ = typeof(global::").Append(ns).Append('.').Append(t.Groups[1].Value).Append(");\n");
            }
        }

        return checks.Append("    }\n}\n").ToString();
    }

    private static Diagnostic[] Compile(OutputKind kind, out byte[]? image, params string[] sources)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => MetadataReference.CreateFromFile(path));
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "DocSnippet",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, parse, $"Source{i}.cs")),
            references,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        image = result.Success ? stream.ToArray() : null;
        return result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
    }

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)\s*;")]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(\w+)")]
    private static partial Regex TypeDeclaration();
}
