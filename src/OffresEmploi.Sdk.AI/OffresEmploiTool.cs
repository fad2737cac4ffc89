using System.Net.Http;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OffresEmploi.Sdk.AI.Arguments;
using OffresEmploi.Sdk.AI.Tools;

namespace OffresEmploi.Sdk.AI;

/// <summary>
/// One France Travail tool as an <see cref="AIFunction"/>: usable as is in <c>ChatOptions.Tools</c> of any
/// <see cref="IChatClient"/>, and exposed unchanged (name, description, schemas, hints) by the MCP server.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="AIFunction.InvokeAsync"/> returns the compact text of <see cref="RunAsync"/> (a <see cref="string"/>, which every
/// chat client passes to the model as is). Hosts that also want the JSON result and the error flag, such as an MCP
/// server, call <see cref="RunAsync"/>. <see cref="AIFunctionDeclaration.ReturnJsonSchema"/> describes that JSON result.
/// </para>
/// <para>
/// Bad arguments and API 400 answers never throw: they come back as an error result whose text tells the model how
/// to fix the call. Every tool only reads (<see cref="ReadOnly"/>), may be repeated (<see cref="Idempotent"/>),
/// talks to an outside service (<see cref="OpenWorld"/>) and destroys nothing (<see cref="Destructive"/>).
/// </para>
/// </remarks>
public abstract class OffresEmploiTool : AIFunction
{
    private readonly Dictionary<string, object?> _additionalProperties;

    private protected OffresEmploiTool(ToolContext context)
    {
        Context = context;
        _additionalProperties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["title"] = null,
            ["readOnlyHint"] = true,
            ["idempotentHint"] = true,
            ["openWorldHint"] = true,
            ["destructiveHint"] = false,
        };
    }

    /// <summary>Gets a short human-readable title.</summary>
    public abstract string Title { get; }

    /// <summary>Gets a value indicating whether the tool only reads (always <see langword="true"/>).</summary>
    public bool ReadOnly { get; } = true;

    /// <summary>Gets a value indicating whether repeating a call has no further effect (always <see langword="true"/>).</summary>
    public bool Idempotent { get; } = true;

    /// <summary>Gets a value indicating whether the tool reaches an outside service (always <see langword="true"/>: France Travail's API).</summary>
    public bool OpenWorld { get; } = true;

    /// <summary>Gets a value indicating whether the tool may destroy anything (always <see langword="false"/>).</summary>
    public bool Destructive { get; }

    /// <inheritdoc/>
    public override JsonSerializerOptions JsonSerializerOptions => ToolsJson.Context.Options;

    /// <inheritdoc/>
    /// <remarks>Holds <c>title</c> and the MCP hint names: <c>readOnlyHint</c>, <c>idempotentHint</c>, <c>openWorldHint</c>, <c>destructiveHint</c>.</remarks>
    public override IReadOnlyDictionary<string, object?> AdditionalProperties
    {
        get
        {
            _additionalProperties["title"] = Title;
            return _additionalProperties;
        }
    }

    private protected ToolContext Context { get; }

    /// <summary>The argument names the input schema declares; any other is rejected with the list of these.</summary>
    private protected abstract IReadOnlyCollection<string> ArgumentNames { get; }

    /// <summary>Runs the tool and returns its text, its JSON result and whether it failed.</summary>
    /// <param name="arguments">The arguments, as the model sent them (JSON values or CLR values).</param>
    /// <param name="cancellationToken">The token to cancel the call.</param>
    /// <returns>The result; an error result when the arguments or the API refused the call.</returns>
    public async Task<OffresEmploiToolResult> RunAsync(IEnumerable<KeyValuePair<string, object?>>? arguments, CancellationToken cancellationToken = default)
    {
        try
        {
            var reader = new ToolArguments(arguments, ArgumentNames);
            return await RunCoreAsync(reader, cancellationToken).ConfigureAwait(false);
        }
        catch (ToolArgumentException e)
        {
            return Fail(e.Message);
        }
        catch (OffresEmploiException e)
        {
            return Fail(ToolErrors.FromApi(e));
        }
        catch (ArgumentException e)
        {
            // Local validation in the SDK names the API parameter; the message is safe and says what is wrong.
            return Fail($"The request was refused before sending: {e.Message} Change {ToolErrors.Argument(e.ParamName)} and retry.");
        }
        catch (HttpRequestException)
        {
            return Fail(ToolErrors.Unreachable());
        }
    }

    /// <inheritdoc/>
    protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken) =>
        (await RunAsync(arguments, cancellationToken).ConfigureAwait(false)).Text;

    private protected abstract Task<OffresEmploiToolResult> RunCoreAsync(ToolArguments arguments, CancellationToken cancellationToken);

    private OffresEmploiToolResult Fail(string message) =>
        OffresEmploiToolResult.Error(Context.Notice is { } notice ? $"Error: {message}\n{notice}" : $"Error: {message}");
}
