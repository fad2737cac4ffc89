using System.Text.Json;
using OffresEmploi.Sandbox;
using OffresEmploi.Sandbox.Http;

namespace OffresEmploi.Sdk.AI.Tests.TestSupport;

/// <summary>
/// Creates the tools over an <see cref="OffresEmploiClient"/> on an in-process sandbox (fixed date, small corpus) and calls
/// them with JSON arguments, as a model would.
/// </summary>
internal sealed class ToolRunner : IDisposable
{
    public static readonly DateTimeOffset FixedNow = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    private readonly OffresEmploiClient _owner;

    public ToolRunner(OffresEmploiToolsOptions? options = null, int corpusSize = 2000)
    {
        Counter = new CountingHandler(new SandboxHttpMessageHandler(new SandboxOptions { CorpusSize = corpusSize, Now = FixedNow }));
        var client = SandboxClientFactory.Create(Counter);
        _owner = client;
        Tools = OffresEmploiTools.Create(client, options);
    }

    /// <summary>Counts the API requests (token requests excluded) and keeps their query strings.</summary>
    public CountingHandler Counter { get; }

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

    public void Dispose() => _owner.Dispose();
}
