namespace OffresEmploi.Testing.Load;

/// <summary>One tools/call to make: the tool and its arguments (strings, numbers, booleans, string arrays).</summary>
internal sealed record ToolCall(string Tool, IReadOnlyDictionary<string, object?> Arguments);
