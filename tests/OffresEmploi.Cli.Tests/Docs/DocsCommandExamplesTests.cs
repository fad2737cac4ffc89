using System.Text.Json;
using System.Text.RegularExpressions;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Tests.TestSupport;
using OffresEmploi.Sandbox;
using OffresEmploi.Sandbox.Http;
using OffresEmploi.Testing.Docs;
using Spectre.Console.Testing;

namespace OffresEmploi.Cli.Tests.Docs;

/// <summary>
/// Every <c>offres</c> command in the shell blocks of README.md and docs/*.md (and the README's <c>dotnet run --project
/// src/OffresEmploi.Cli -- ...</c>), and every example of <c>offres --help</c>, runs in process on the default sandbox,
/// as a new user without credentials runs it: it succeeds, and a search, facets or salaries example shows offers, so
/// the docs cannot rot. Output files are written to a temporary folder (the path is rewritten, the file name kept); the
/// rest of a pipeline (<c>| jq ...</c>) is not run.
/// </summary>
public sealed partial class DocsCommandExamplesTests
{
    private const string FromAClone = "dotnet run --project src/OffresEmploi.Cli --";

    /// <summary>The sandbox `offres` creates without credentials: every option at its default (seed, size, "today" =
    /// midnight UTC of the day the tests run). One instance for every example, since building it is the slow part.</summary>
    private static readonly Lazy<SandboxHttpMessageHandler> DefaultSandbox = new(() => new SandboxHttpMessageHandler(new SandboxOptions()));

    /// <summary>The options whose value is an output file.</summary>
    private static readonly string[] OutputOptions = ["--out", "--png", "--svg", "--csv", "--db"];

    /// <summary>What the docs say happened before a <c>sync</c> without filters or with <c>--new-only</c>, or a <c>sql</c>
    /// query: a first sync of the same file. Its filters are the docs' first example, so it stays quick.</summary>
    private static readonly string[] FirstSync = ["sync", "--departement", "74"];

    /// <summary>Commands of the docs that are not run here, each with the reason. Credentials, real files and downloads from
    /// the internet are the only acceptable reasons.</summary>
    private static readonly Dictionary<string, string> NotRun = new(StringComparer.Ordinal)
    {
        ["offres engine install"] = "downloads 110 MB from nuget.org; Storage/EngineInstallTests installs the same package from a loopback feed",
        ["offres engine install --source https://nuget.example.com/v3-flatcontainer/"] = "a placeholder feed; Storage/EngineInstallTests runs --source against a loopback feed",
    };

    public static TheoryData<string, string> Examples => new(DocumentedCommands().Concat(HelpExamples()));

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_RunsOnTheDefaultSandbox_AndShowsOffers(string location, string command)
    {
        if (NotRun.TryGetValue(Words(command), out var reason))
        {
            Assert.Skip($"{location}: {reason}");
        }

        using var folder = new TempDirectory();
        var args = Arguments(command, folder);

        if (NeedsAFirstSync(args) is { } database)
        {
            var first = await new CliRunner { SandboxHandler = DefaultSandbox.Value }.InvokeAsync([.. FirstSync, "--db", database]);
            Assert.True(first.ExitCode == 0, $"{location}: the first sync before it failed\n{first}");
        }

        var run = await new CliRunner { SandboxHandler = DefaultSandbox.Value }.InvokeAsync(args);

        var what = $"{location}: offres {string.Join(' ', args)}\n{run}";
        Assert.True(run.ExitCode == 0, what);
        Assert.DoesNotContain("error:", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("No offer matches", run.Out, StringComparison.Ordinal);
        switch (args[0])
        {
            case "search" when args.Contains("--json"):
                Assert.True(run.OutLines.Any(l => JsonDocument.Parse(l).RootElement.TryGetProperty("id", out _)), what);
                break;
            case "search":
                Assert.True(OfferId().IsMatch(run.Out), what);
                break;
            case "facets":
                Assert.True(Count(FacetsTotal(), run.Out) > 0, what);
                break;
            case "salaries":
                Assert.DoesNotContain("None of the", run.Out, StringComparison.Ordinal);   // "None of the N offers states a readable salary."
                Assert.Contains("€", run.Out, StringComparison.Ordinal);
                break;
            case "harvest":
                Assert.True(Count(Harvested(), run.Out) > 0, what);
                break;
            case "sync":
                Assert.Contains("live offers;", run.Out, StringComparison.Ordinal);
                break;
            case "sql":
                Assert.Matches(@"\d+ rows?\.|^\{|,", run.Out);
                break;
            default:
                Assert.True(run.Out.Trim().Length > 0, what);
                break;
        }

        foreach (var file in OutputFiles(args))
        {
            Assert.True(File.Exists(file) && new FileInfo(file).Length > 0, $"{what}\n{file} was not written");
        }
    }

    [Fact]
    public void Examples_AreFoundInTheReadmeAndTheCliPage()
    {
        var commands = DocumentedCommands().ToArray();

        Assert.Contains(commands, c => c.Location.StartsWith("README.md:", StringComparison.Ordinal) && c.Command.StartsWith(FromAClone, StringComparison.Ordinal));
        Assert.Contains(commands, c => Words(c.Command) == "offres search développeur --near Lyon --distance 20 --type-contrat CDI");
        Assert.Contains(commands, c => Words(c.Command) == "offres search comptable --region Auvergne-Rhône-Alpes --salaire-min 45000 --periode A");
        Assert.True(commands.Count(c => c.Location.StartsWith("docs/cli.md:", StringComparison.Ordinal)) >= 15);
        Assert.All(NotRun.Keys, command => Assert.Contains(commands.Concat(HelpExamples()), c => Words(c.Command) == command));
        Assert.True(HelpExamples().Count() >= 15);
    }

    [Fact]
    public void Arguments_RewriteOutputPathsIntoTheFolder_AndDropComments()
    {
        using var folder = new TempDirectory();

        var args = Arguments("offres facets infirmier --region Occitanie --png charts/infirmiers.png   # a comment", folder);

        Assert.Equal(["facets", "infirmier", "--region", "Occitanie", "--png", folder.File("infirmiers.png")], args);
    }

    /// <summary>The <c>offres</c> command lines of the docs, as written (trailing comment included).</summary>
    private static IEnumerable<(string Location, string Command)> DocumentedCommands() =>
        from c in RepositoryDocs.ShellCommands()
        where c.Command.StartsWith("offres ", StringComparison.Ordinal) || c.Command.StartsWith(FromAClone + " ", StringComparison.Ordinal)
        select (c.Block.Location, c.Command.Trim());

    /// <summary>The examples <c>offres --help</c> shows, as commands.</summary>
    private static IEnumerable<(string Location, string Command)> HelpExamples()
    {
        var context = new CliContext { Out = new TestConsole(), Error = new TestConsole() };
        return OffresApp.Create(context).Examples.All
            .Select(args => ("offres --help", "offres " + string.Join(' ', args.Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a))));
    }

    /// <summary>The command's words, as the keys of <see cref="NotRun"/> and <see cref="MatchNothingYet"/> are written
    /// (quotes and trailing comment removed).</summary>
    private static string Words(string command) => string.Join(' ', ShellWords.Split(command, out _));

    /// <summary>The arguments after <c>offres</c> (or the clone's <c>dotnet run ... --</c>), output files moved into
    /// <paramref name="folder"/>.</summary>
    private static string[] Arguments(string command, TempDirectory folder)
    {
        var words = ShellWords.Split(command, out _);
        var skip = words[0] == "offres" ? 1 : Array.IndexOf(words, "--") + 1;
        var args = words.Skip(skip).ToArray();
        if (args is ["sql", _, ..])
        {
            args[1] = folder.File(Path.GetFileName(args[1]));
        }

        for (var i = 1; i < args.Length; i++)
        {
            if (OutputOptions.Contains(args[i - 1]))
            {
                args[i] = folder.File(Path.GetFileName(args[i]));
            }
        }

        return args;
    }

    /// <summary>The database a first sync must write before this example, or null: <c>sql</c>, and <c>sync</c> without
    /// filters (the file keeps its own) or with <c>--new-only</c>.</summary>
    private static string? NeedsAFirstSync(string[] args) => args switch
    {
        ["sql", var file, ..] => file,
        ["sync", ..] when args.Contains("--new-only") || args.Length == 3 => args[Array.IndexOf(args, "--db") + 1],
        _ => null,
    };

    private static IEnumerable<string> OutputFiles(string[] args) =>
        args.Skip(1).Where((_, i) => OutputOptions.Contains(args[i]));

    private static long Count(Regex pattern, string text) =>
        pattern.Match(text) is { Success: true } m ? long.Parse(Regex.Replace(m.Groups[1].Value, @"\D", ""), System.Globalization.CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"\b(?:[0-9]{3}[A-Z]{4}|[0-9]{7})\b")]
    private static partial Regex OfferId();

    [GeneratedRegex(@"^([0-9][0-9  ,]*) offers", RegexOptions.Multiline)]
    private static partial Regex FacetsTotal();

    [GeneratedRegex(@"Harvested ([0-9][0-9  ,]*) of")]
    private static partial Regex Harvested();
}
