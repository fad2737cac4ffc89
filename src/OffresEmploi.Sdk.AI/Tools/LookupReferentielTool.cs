using System.Text.Json;
using OffresEmploi.Sdk.AI.Arguments;
using OffresEmploi.Sdk.AI.Rendering;
using OffresEmploi.Sdk.AI.Results;
using static OffresEmploi.Sdk.AI.Schema.JsonSchemaBuilder;

namespace OffresEmploi.Sdk.AI.Tools;

/// <summary><c>lookup_referentiel</c>: find codes in one of the API's 16 referentiels by a text filter.</summary>
internal sealed class LookupReferentielTool : OffresEmploiTool
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    private static readonly JsonElement InputSchema = Input(
        [
            ("name", Enum("Referentiel; metiers and appellations are ROME jobs.", OffresEmploiClient.ReferentielNames)),
            ("query", String("Text in code or label, accent-insensitive ('boulanger'). Omit to list.")),
            ("limit", Integer("Max items.", 1, MaxLimit, DefaultLimit)),
        ],
        "name");

    private static readonly JsonElement OutputSchema = ToElement(Object(
        [
            ("matched", Type("integer")),
            ("items", ArrayOf(Object([("code", Type("string")), ("libelle", Type("string"))], "code", "libelle"))),
        ],
        "matched", "items"));

    private static readonly string[] Names = ["name", "query", "limit"];

    public LookupReferentielTool(ToolContext context)
        : base(context)
    {
    }

    public override string Name => OffresEmploiTools.LookupReferentiel;

    public override string Title => "Look up referentiel codes";

    public override string Description =>
        "Find the codes the search accepts (ROME jobs, contract types and natures, education levels, licences, sectors...) by text. Returns code - label lines.";

    public override JsonElement JsonSchema => InputSchema;

    public override JsonElement? ReturnJsonSchema => OutputSchema;

    private protected override IReadOnlyCollection<string> ArgumentNames => Names;

    private protected override async Task<OffresEmploiToolResult> RunCoreAsync(ToolArguments arguments, CancellationToken cancellationToken)
    {
        var name = arguments.Choice("name", OffresEmploiClient.ReferentielNames) ?? throw new ToolArgumentException($"Missing argument 'name': one of {string.Join(", ", OffresEmploiClient.ReferentielNames)}.");
        var query = arguments.String("query", 100);
        var limit = arguments.Integer("limit", 1, MaxLimit) ?? DefaultLimit;
        var entries = await ReferentielEntry.LoadAsync(Context.Client, name, cancellationToken).ConfigureAwait(false);
        var matches = query is null ? entries : ReferentielSearch.Find(entries, query, static e => e.Code, static e => e.Libelle, static e => e.Detail);

        var budget = new TextBudget(Context.MaxResultLength);
        budget.AppendLine(query is null
            ? $"{name}: {entries.Count} codes (code - label):"
            : $"{name}: {matches.Count} of {entries.Count} match \"{query}\" (code - label):");
        var reserve = 300 + (Context.Notice?.Length ?? 0);
        var items = new List<ReferentielItem>();
        foreach (var entry in matches.Take(limit))
        {
            var line = entry.Detail is null ? $"{entry.Code} - {entry.Libelle}" : $"{entry.Code} - {entry.Libelle} ({entry.Detail})";
            if (!budget.TryAppendLine(line, reserve))
            {
                break;
            }

            items.Add(new ReferentielItem(entry.Code, entry.Libelle, entry.Detail));
        }

        string? hint = null;
        if (matches.Count == 0)
        {
            hint = $"Nothing matches: try a shorter or different word{(name is "metiers" ? ", or the appellations referentiel" : "")}.";
        }
        else if (items.Count < matches.Count)
        {
            hint = $"{matches.Count - items.Count} more: refine the query{(items.Count == limit && !budget.IsTruncated ? " or raise limit" : "")}.";
        }

        if (hint is not null)
        {
            budget.AppendLine(hint);
        }

        if (Context.Notice is { } notice)
        {
            budget.AppendLine(notice);
        }

        var result = new LookupReferentielResult
        {
            Referentiel = name,
            Size = entries.Count,
            Matched = matches.Count,
            Items = items,
            Hint = hint,
            Notice = Context.Notice,
        };
        return OffresEmploiToolResult.Success(budget.ToString(), JsonSerializer.SerializeToElement(result, ToolsJson.Context.LookupReferentielResult));
    }
}
