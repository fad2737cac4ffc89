using System.Reflection;
using System.Text.RegularExpressions;
using OffresEmploi.Sdk;
using OffresEmploi.Testing;
using SharpYaml.Serialization;

namespace OffresEmploi.Mcp.Tests.Deploy;

/// <summary>The files of <c>deploy/</c> (the deployment docs/deploy.md shows), read from the source tree.</summary>
internal static partial class DeployFiles
{
    public const string Folder = "deploy";

    public const string Dockerfile = "deploy/Dockerfile";

    public const string Compose = "deploy/compose.yaml";

    public const string Caddyfile = "deploy/Caddyfile";

    /// <summary>The compose service that runs the MCP server.</summary>
    public const string ServerService = "mcp";

    /// <summary>Every file of the folder, relative to the repository root with '/' separators, by name.</summary>
    public static IReadOnlyList<string> All =>
        Directory.GetFiles(Path.Combine(RepositoryFiles.Root, Folder))
            .Select(path => $"{Folder}/{Path.GetFileName(path)}")
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>The environment variables the server reads: the SDK options' <c>*Variable</c> constants (read by
    /// <see cref="OffresEmploiOptions.FromEnvironment()"/>) and the server's own bearer token variable.</summary>
    public static IReadOnlySet<string> ServerVariables { get; } = typeof(OffresEmploiOptions)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name.EndsWith("Variable", StringComparison.Ordinal))
        .Select(f => (string)f.GetRawConstantValue()!)
        .Append(ServerCommandLine.TokenVariable)
        .ToHashSet(StringComparer.Ordinal);

    public static string Read(string file) =>
        File.ReadAllText(Path.Combine(RepositoryFiles.Root, file)).ReplaceLineEndings("\n");

    /// <summary>Parses the compose file as YAML and returns its root mapping.</summary>
    public static YamlMappingNode LoadCompose()
    {
        var stream = new YamlStream();
        using var reader = new StringReader(Read(Compose));
        stream.Load(reader);
        return Assert.IsType<YamlMappingNode>(Assert.Single(stream.Documents).RootNode);
    }

    /// <summary>The mapping at <paramref name="path"/> under <paramref name="node"/>; fails the test when a step is missing.</summary>
    public static YamlMappingNode Mapping(YamlNode node, params string[] path) => Assert.IsType<YamlMappingNode>(At(node, path));

    /// <summary>The scalar text at <paramref name="path"/> under <paramref name="node"/>.</summary>
    public static string Scalar(YamlNode node, params string[] path) => Assert.IsType<YamlScalarNode>(At(node, path)).Value;

    /// <summary>The names and values of a service's <c>environment</c>, in the mapping form or the list form (<c>NAME=value</c>).</summary>
    public static IReadOnlyDictionary<string, string> Environment(YamlMappingNode service) =>
        service.Children.TryGetValue(new YamlScalarNode("environment"), out var environment) ? environment switch
        {
            YamlMappingNode map => map.Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value, e => ((YamlScalarNode)e.Value).Value),
            YamlSequenceNode list => list.Children.Select(e => ((YamlScalarNode)e).Value.Split('=', 2))
                .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : ""),
            _ => throw new InvalidOperationException($"environment is neither a mapping nor a list: {environment}"),
        } : new Dictionary<string, string>();

    /// <summary>Replaces compose's <c>${NAME}</c>, <c>${NAME:-default}</c> and <c>${NAME:?message}</c> with their values
    /// in <paramref name="variables"/> (the shell's environment when compose runs), as <c>docker compose</c> does.</summary>
    /// <exception cref="InvalidOperationException">A <c>${NAME:?message}</c> whose variable is not set: compose refuses to start.</exception>
    public static string Interpolate(string text, IReadOnlyDictionary<string, string> variables) =>
        Variable().Replace(text, m =>
        {
            var value = variables.GetValueOrDefault(m.Groups["name"].Value);
            return !string.IsNullOrEmpty(value) ? value : m.Groups["operator"].Value switch
            {
                ":-" => m.Groups["argument"].Value,
                ":?" => throw new InvalidOperationException($"{m.Groups["name"].Value} is required: {m.Groups["argument"].Value}"),
                _ => "",
            };
        }).Replace("$$", "$", StringComparison.Ordinal);

    private static YamlNode At(YamlNode node, string[] path)
    {
        foreach (var step in path)
        {
            var mapping = Assert.IsType<YamlMappingNode>(node);
            Assert.True(mapping.Children.TryGetValue(new YamlScalarNode(step), out node!), $"{Compose}: '{step}' not found in {string.Join('.', path)}");
        }

        return node;
    }

    [GeneratedRegex(@"\$\{(?<name>\w+)(?:(?<operator>:-|:\?)(?<argument>[^}]*))?\}")]
    private static partial Regex Variable();
}
