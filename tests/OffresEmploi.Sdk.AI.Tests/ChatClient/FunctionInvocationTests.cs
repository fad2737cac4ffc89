using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OffresEmploi.Sdk.AI.Tests.TestSupport;

namespace OffresEmploi.Sdk.AI.Tests.ChatClient;

/// <summary>The tools driven by <see cref="FunctionInvokingChatClient"/>, as any IChatClient application would use them.</summary>
public class FunctionInvocationTests
{
    [Fact]
    public async Task ChatClient_CallsSearchThenGetOffer_AndFeedsTheTextBack()
    {
        using var runner = new ToolRunner();
        var model = new ScriptedChatClient(
            _ => Call("1", "search_offers", """{"location":"Bretagne","page_size":2}"""),
            history =>
            {
                var searchText = (string)LastResult(history).Result!;
                var id = searchText.Split('\n')[1].Split(" | ")[0];
                return Call("2", "get_offer", JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id }));
            },
            history => new ChatResponse(new ChatMessage(ChatRole.Assistant, "Voici l'offre : " + ((string)LastResult(history).Result!).Split('\n')[0])));
        using var chat = new ChatClientBuilder(model).UseFunctionInvocation().Build();

        var response = await chat.GetResponseAsync("Des offres en Bretagne ?", new ChatOptions { Tools = [.. runner.Tools] }, TestContext.Current.CancellationToken);

        Assert.Equal(3, model.Calls);
        Assert.StartsWith("Voici l'offre : ", response.Text, StringComparison.Ordinal);
        Assert.Matches(@"\[[A-Z0-9]{7}\]$", response.Text);
        Assert.Equal(2, runner.Counter.Count);
    }

    [Fact]
    public async Task ChatClient_BadArguments_GetsTheFixHintAsResult_NotAnException()
    {
        using var runner = new ToolRunner();
        var model = new ScriptedChatClient(
            _ => Call("1", "search_offers", """{"page_size":"many"}"""),
            history => new ChatResponse(new ChatMessage(ChatRole.Assistant, (string)LastResult(history).Result!)));
        using var chat = new ChatClientBuilder(model).UseFunctionInvocation().Build();

        var response = await chat.GetResponseAsync("Des offres ?", new ChatOptions { Tools = [.. runner.Tools] }, TestContext.Current.CancellationToken);

        Assert.StartsWith("Error: Invalid argument 'page_size'", response.Text, StringComparison.Ordinal);
        Assert.Equal(0, runner.Counter.Count);
    }

    private static ChatResponse Call(string id, string name, string argumentsJson)
    {
        using var document = JsonDocument.Parse(argumentsJson);
        var arguments = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, [new FunctionCallContent(id, name, arguments)]));
    }

    private static FunctionResultContent LastResult(IEnumerable<ChatMessage> history) =>
        history.SelectMany(m => m.Contents).OfType<FunctionResultContent>().Last();

    /// <summary>A model that answers from a script: one step per call, each seeing the whole conversation so far.</summary>
    private sealed class ScriptedChatClient(params Func<IReadOnlyList<ChatMessage>, ChatResponse>[] steps) : IChatClient
    {
        public int Calls { get; private set; }

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Assert.NotNull(options?.Tools);
            return Task.FromResult(steps[Calls++](messages.ToList()));
        }

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            foreach (var update in (await GetResponseAsync(messages, options, cancellationToken)).ToChatResponseUpdates())
            {
                yield return update;
            }
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
