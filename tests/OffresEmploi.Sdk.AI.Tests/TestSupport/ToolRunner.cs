using System.Text.Json;

namespace OffresEmploi.Sdk.AI.Tests.TestSupport;

/// <summary>Creates the tools on a sandbox and calls them with JSON arguments, as a model would.</summary>
internal sealed class ToolRunner : IDisposable
{
    public ToolRunner(OffresEmploiToolsOptions? options = null, int corpusSize = 2000)
    {
        Sandbox = new SandboxApi(corpusSize);
        Tools = OffresEmploiTools.Create(Sandbox.Api, options);
    }

    public SandboxApi Sandbox { get; }

    public IReadOnlyList<OffresEmploiTool> Tools { get; }

    public OffresEmploiTool this[string name] => Tools.Single(t => t.Name == name);

    public Task<OffresEmploiToolResult> CallAsync(string name, string argumentsJson = "{}")
    {
        using var document = JsonDocument.Parse(argumentsJson);
        var arguments = document.RootElement.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, p.Value.Clone())).ToList();
        return this[name].RunAsync(arguments, TestContext.Current.CancellationToken);
    }

    public static JsonElement Structured(OffresEmploiToolResult result) =>
        result.StructuredContent ?? throw new InvalidOperationException("The result has no structured content: " + result.Text);

    public void Dispose() => Sandbox.Dispose();
}
