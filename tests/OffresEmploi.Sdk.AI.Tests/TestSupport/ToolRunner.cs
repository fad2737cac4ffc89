using System.Text.Json;

namespace OffresEmploi.Sdk.AI.Tests.TestSupport;

/// <summary>Creates the tools on a sandbox and calls them with JSON arguments, as a model would.</summary>
internal sealed class ToolRunner : IDisposable
{
    public ToolRunner(OffresEmploiToolsOptions? options = null, int corpusSize = 2000)
    {
        Backend = new SandboxApiBackend(corpusSize);
        Tools = OffresEmploiTools.Create(Backend, options);
    }

    public SandboxApiBackend Backend { get; }

    public IReadOnlyList<OffresEmploiTool> Tools { get; }

    public OffresEmploiTool this[string name] => Tools.Single(t => t.Name == name);

    public Task<OffresEmploiToolResult> CallAsync(string name, string argumentsJson = "{}")
    {
        using var document = JsonDocument.Parse(argumentsJson);
        var arguments = document.RootElement.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, p.Value.Clone())).ToList();
        return this[name].RunAsync(arguments, TestContext.Current.CancellationToken);
    }

    public void Dispose() => Backend.Dispose();
}
