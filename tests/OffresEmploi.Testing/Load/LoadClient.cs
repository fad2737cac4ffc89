using System.Diagnostics;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace OffresEmploi.Testing.Load;

/// <summary>One MCP client over Streamable HTTP making its calls one after the other, as one assistant session would.</summary>
internal sealed class LoadClient(int index, ReplicaRouter router, LoadOptions options)
{
    private readonly CallPlanner _planner = new(options.Mix, HashCode.Combine(options.Seed, index));

    /// <summary>
    /// Connects, makes <see cref="LoadOptions.Calls"/> calls and returns one record per call, answered or not. When its
    /// replica is killed, the call that fails is recorded and the client connects to the replica the router gives.
    /// </summary>
    public async Task<IReadOnlyList<CallRecord>> RunAsync(CancellationToken cancellationToken)
    {
        var records = new List<CallRecord>(options.Calls);
        try
        {
            while (records.Count < options.Calls)
            {
                var replica = router.ReplicaOf(index);
                McpClient client;
                try
                {
                    client = await ConnectAsync(router.Endpoint(replica), cancellationToken);
                }
                catch (Exception e) when (e is HttpRequestException or McpException or IOException or TimeoutException)
                {
                    var killed = router.IsKilled(replica);
                    records.Add(new CallRecord("initialize", 0, killed ? CallOutcome.Lost : CallOutcome.TransportError, e.GetType().Name + ": " + e.Message, replica));
                    router.Completed();
                    if (killed)
                    {
                        continue;
                    }

                    // Connecting failed: no call of this client can be answered.
                    break;
                }

                try
                {
                    while (records.Count < options.Calls)
                    {
                        var record = await CallAsync(client, _planner.Next(), replica, cancellationToken);
                        var lost = record.Outcome == CallOutcome.TransportError && router.IsKilled(replica);
                        records.Add(lost ? record with { Outcome = CallOutcome.Lost } : record);
                        router.Completed();
                        if (lost)
                        {
                            break;
                        }
                    }
                }
                finally
                {
                    await DisposeQuietlyAsync(client);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The run's time bound: what is left is counted below as unanswered.
        }

        while (records.Count < options.Calls)
        {
            records.Add(new CallRecord("(none)", 0, CallOutcome.Unanswered, null, router.ReplicaOf(index)));
        }

        return records;
    }

    private async Task<McpClient> ConnectAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = endpoint,
            Name = $"load-{index}",
            TransportMode = HttpTransportMode.StreamableHttp,
        });
        return await McpClient.CreateAsync(transport, cancellationToken: cancellationToken);
    }

    private static async ValueTask DisposeQuietlyAsync(McpClient client)
    {
        try
        {
            await client.DisposeAsync();
        }
        catch (Exception e) when (e is HttpRequestException or McpException or IOException or OperationCanceledException)
        {
            // Ending the session of a killed replica fails; there is nothing left to end.
        }
    }

    private async Task<CallRecord> CallAsync(McpClient client, ToolCall call, int replica, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await client.CallToolAsync(call.Tool, JsonArguments.ToJson(call.Arguments), cancellationToken: cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (result.IsError == true)
            {
                return new CallRecord(call.Tool, elapsed, CallOutcome.ToolError, FirstText(result), replica);
            }

            if (call.Tool == ToolMix.SearchOffers)
            {
                ObserveSearch(result);
            }

            return new CallRecord(call.Tool, elapsed, CallOutcome.Success, null, replica);
        }
        catch (McpProtocolException e)
        {
            return new CallRecord(call.Tool, Stopwatch.GetElapsedTime(started).TotalMilliseconds, CallOutcome.JsonRpcError, $"{e.ErrorCode}: {e.Message}", replica);
        }
        catch (Exception e) when (e is HttpRequestException or McpException or IOException or JsonException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new CallRecord(call.Tool, Stopwatch.GetElapsedTime(started).TotalMilliseconds, CallOutcome.TransportError, e.GetType().Name + ": " + e.Message, replica);
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
