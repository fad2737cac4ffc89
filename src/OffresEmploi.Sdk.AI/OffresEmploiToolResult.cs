using System.Text.Json;

namespace OffresEmploi.Sdk.AI;

/// <summary>The outcome of one tool call: a compact text for the model, the same data as JSON, and whether the call failed.</summary>
/// <remarks>
/// An MCP host maps it to <c>CallToolResult</c>: <see cref="Text"/> becomes the text content,
/// <see cref="StructuredContent"/> the <c>structuredContent</c> (it conforms to the tool's
/// <see cref="Microsoft.Extensions.AI.AIFunctionDeclaration.ReturnJsonSchema"/>) and <see cref="IsError"/> the <c>isError</c> flag.
/// </remarks>
public sealed class OffresEmploiToolResult
{
    private OffresEmploiToolResult(string text, JsonElement? structuredContent, bool isError)
    {
        Text = text;
        StructuredContent = structuredContent;
        IsError = isError;
    }

    /// <summary>Gets the compact text rendering, written for a language model to read.</summary>
    public string Text { get; }

    /// <summary>Gets the structured result, or <see langword="null"/> when <see cref="IsError"/> is set.</summary>
    public JsonElement? StructuredContent { get; }

    /// <summary>Gets a value indicating whether the call failed; <see cref="Text"/> then says how to fix the call.</summary>
    public bool IsError { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;

    internal static OffresEmploiToolResult Success(string text, JsonElement structuredContent) => new(text, structuredContent, isError: false);

    internal static OffresEmploiToolResult Error(string message) => new(message, structuredContent: null, isError: true);
}
