using System.Diagnostics;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace OffresEmploi.Testing.Load;

/// <summary>One MCP client over Streamable HTTP making its calls one after the other, as one assistant session would.</summary>
internal sealed class LoadClient(int index, Uri endpoint, LoadOptions options)
{
    private readonly CallPlanner _planner = new(options.Mix, HashCode.Combine(options.Seed, index));

    /// <summary>Connects, makes <see cref="LoadOptions.Calls"/> calls and returns one record per call, answered or not.</summary>
    public async Task<IReadOnlyList<CallRecord>> RunAsync(CancellationToken cancellationToken)
    {
        var records = new List<CallRecord>(options.Calls);
        try
        {
            var transport = new HttpClientTransport(new HttpClientTransportOptions
            {
                Endpoint = endpoint,
                Name = $"load-{index}",
                TransportMode = HttpTransportMode.StreamableHttp,
            });
            await using var client = await McpClient.CreateAsync(transport, cancellationToken: cancellationToken);
            while (records.Count < options.Calls)
            {
                records.Add(await CallAsync(client, _planner.Next(), cancellationToken));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The run's time bound: what is left is counted below as unanswered.
        }
        catch (Exception e) when (e is HttpRequestException or McpException or IOException or TimeoutException)
        {
            // Connecting failed: no call of this client can be answered.
            records.Add(new CallRecord("initialize", 0, CallOutcome.TransportError, e.GetType().Name + ": " + e.Message));
        }

        while (records.Count < options.Calls)
        {
            records.Add(new CallRecord("(none)", 0, CallOutcome.Unanswered, null));
        }

        return records;
    }

    private async Task<CallRecord> CallAsync(McpClient client, ToolCall call, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await client.CallToolAsync(call.Tool, JsonArguments.ToJson(call.Arguments), cancellationToken: cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (result.IsError == true)
            {
                return new CallRecord(call.Tool, elapsed, CallOutcome.ToolError, FirstText(result));
            }

            if (call.Tool == ToolMix.SearchOffers)
            {
                ObserveSearch(result);
            }

            return new CallRecord(call.Tool, elapsed, CallOutcome.Success, null);
        }
        catch (McpProtocolException e)
        {
            return new CallRecord(call.Tool, Stopwatch.GetElapsedTime(started).TotalMilliseconds, CallOutcome.JsonRpcError, $"{e.ErrorCode}: {e.Message}");
        }
        catch (Exception e) when (e is HttpRequestException or McpException or IOException or JsonException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new CallRecord(call.Tool, Stopwatch.GetElapsedTime(started).TotalMilliseconds, CallOutcome.TransportError, e.GetType().Name + ": " + e.Message);
        }
    }

    private void ObserveSearch(CallToolResult result)
    {
        if (result.StructuredContent is not { ValueKind: JsonValueKind.Object } content)
        {
            return;
        }

        var ids = content.TryGetProperty("offers", out var offers) && offers.ValueKind == JsonValueKind.Array
            ? offers.EnumerateArray().Select(o => o.TryGetProperty("id", out var id) ? id.GetString() : null).OfType<string>().ToList()
            : [];
        var cursor = content.TryGetProperty("nextCursor", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        _planner.Observe(ids, cursor);
    }

    private static string? FirstText(CallToolResult result) =>
        result.Content.OfType<TextContentBlock>().FirstOrDefault()?.Text is { } text && text.Length > 300 ? text[..300] : result.Content.OfType<TextContentBlock>().FirstOrDefault()?.Text;
}
