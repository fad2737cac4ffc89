using System.Text.Json;
using System.Text.Json.Nodes;
using OffresEmploi.Sdk.AI.Arguments;
using OffresEmploi.Sdk.AI.Rendering;
using OffresEmploi.Sdk.AI.Results;
using OffresEmploi.Sdk.Serialization;
using static OffresEmploi.Sdk.AI.Schema.JsonSchemaBuilder;

namespace OffresEmploi.Sdk.AI.Tools;

/// <summary><c>get_offer</c>: one offer in full, without its empty blocks, facts first and the description last.</summary>
internal sealed class GetOfferTool : OffresEmploiTool
{
    private static readonly JsonElement InputSchema = Input(
        [("id", String("Offer id from search_offers, e.g. '196CWQH'."))],
        "id");

    private static readonly JsonElement OutputSchema = ToElement(Object(
        [("id", Type("string")), ("url", Type("string")), ("offer", Type("object"))],
        "id", "url", "offer"));

    private static readonly string[] Names = ["id"];

    public GetOfferTool(ToolContext context)
        : base(context)
    {
    }

    public override string Name => OffresEmploiTools.GetOffer;

    public override string Title => "Get a job offer";

    public override string Description =>
        "Get one France Travail job offer in full: employer, place, contract, salary, experience, skills, education, how to apply, description.";

    public override JsonElement JsonSchema => InputSchema;

    public override JsonElement? ReturnJsonSchema => OutputSchema;

    private protected override IReadOnlyCollection<string> ArgumentNames => Names;

    private protected override async Task<OffresEmploiToolResult> RunCoreAsync(ToolArguments arguments, CancellationToken cancellationToken)
    {
        var id = arguments.RequiredString("id", 20);
        if (!id.All(char.IsAsciiLetterOrDigit))
        {
            throw new ToolArgumentException($"Invalid argument 'id': offer ids are letters and digits like '196CWQH' (got \"{id}\"). Take it from search_offers.");
        }

        var offre = await Context.Client.GetOffreAsync(id, cancellationToken).ConfigureAwait(false);
        if (offre is null)
        {
            throw new ToolArgumentException($"No offer has id '{id}' (it may have been filled or withdrawn). Run search_offers again for current ids.");
        }

        var url = OfferUrls.For(offre.Id ?? id);
        var budget = new TextBudget(Context.MaxResultLength);
        foreach (var line in OfferText.Facts(offre, url))
        {
            budget.AppendLine(line);
        }

        // The description is the long part: it gets what the budget leaves, and the JSON gets the same cut.
        var reserve = 200 + (Context.Notice?.Length ?? 0);
        var description = offre.Description?.Trim();
        string? hint = null;
        if (!string.IsNullOrEmpty(description))
        {
            var room = Context.MaxResultLength - budget.Length - reserve - "Description:\n".Length;
            if (description.Length > room)
            {
                description = string.Concat(description.AsSpan(0, Math.Max(0, room)), "…");
                hint = $"Description cut to stay short; the full text is on {url}";
            }

            budget.AppendLine("Description:");
            budget.AppendLine(description);
        }

        if (hint is not null)
        {
            budget.AppendLine(hint);
        }

        if (Context.Notice is { } notice)
        {
            budget.AppendLine(notice);
        }

        var node = JsonSerializer.SerializeToNode(offre with { Description = description }, OffresEmploiJsonContext.Default.Offre);
        JsonPruning.Prune(node);
        var result = new GetOfferResult
        {
            Id = offre.Id ?? id,
            Url = url,
            Salary = SalaryText.Format(offre.Salaire),
            Offer = ToElement(node ?? new JsonObject()),
            Hint = hint,
            Notice = Context.Notice,
        };
        return OffresEmploiToolResult.Success(budget.ToString(), JsonSerializer.SerializeToElement(result, ToolsJson.Context.GetOfferResult));
    }
}
