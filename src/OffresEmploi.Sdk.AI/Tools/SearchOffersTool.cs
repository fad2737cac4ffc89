using System.Globalization;
using System.Text.Json;
using OffresEmploi.Sdk.AI.Arguments;
using OffresEmploi.Sdk.AI.Rendering;
using OffresEmploi.Sdk.AI.Results;
using OffresEmploi.Sdk.Models;
using static OffresEmploi.Sdk.AI.Schema.JsonSchemaBuilder;

namespace OffresEmploi.Sdk.AI.Tools;

/// <summary><c>search_offers</c>: one page of compact offer cards for criteria and a place, with the total and a cursor.</summary>
internal sealed class SearchOffersTool : OffresEmploiTool
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 50;

    private static readonly string[] Sorts = ["relevance", "date", "distance"];
    private static readonly JsonElement InputSchema = Input(
        [
            .. SearchFilterArguments.Properties(),
            ("sort", Enum("Default relevance; date = newest first.", Sorts)),
            ("page_size", Integer("Offers per page.", 1, MaxPageSize, DefaultPageSize)),
            ("cursor", String("nextCursor of a previous result (other arguments are then ignored).")),
        ]);

    private static readonly JsonElement OutputSchema = ToElement(Object(
        [
            ("total", Type("integer")),
            ("offers", ArrayOf(Object([("id", Type("string")), ("title", Type("string")), ("url", Type("string"))], "id", "title", "url"))),
            ("nextCursor", Type("string")),
        ],
        "total", "offers"));

    private static readonly string[] Names = [.. SearchFilterArguments.Names(), "sort", "page_size", "cursor"];

    public SearchOffersTool(ToolContext context)
        : base(context)
    {
    }

    public override string Name => OffresEmploiTools.SearchOffers;

    public override string Title => "Search job offers";

    public override string Description =>
        "Search France Travail job offers in France by keywords and/or place. Returns the total and one line per offer " +
        "(id | title | employer | place | contract | experience | salary | date); get_offer gives details, nextCursor more.";

    public override JsonElement JsonSchema => InputSchema;

    public override JsonElement? ReturnJsonSchema => OutputSchema;

    private protected override IReadOnlyCollection<string> ArgumentNames => Names;

    private protected override async Task<OffresEmploiToolResult> RunCoreAsync(ToolArguments arguments, CancellationToken cancellationToken)
    {
        var cursor = arguments.String("cursor", 4000) is { } text
            ? SearchCursor.Decode(text)
            : new SearchCursor(
                SearchFilterArguments.ReadCriteria(arguments),
                arguments.Choice("sort", Sorts) ?? "relevance",
                Offset: 0,
                arguments.Integer("page_size", 1, MaxPageSize) ?? DefaultPageSize);
        // The API serves a query's results up to the cap (index 3149 by default), whatever the total.
        var maxReachable = Context.Client.RangeLimits.MaxResults;
        if (cursor.Offset < 0 || cursor.Offset >= maxReachable || cursor.PageSize is < 1 or > MaxPageSize)
        {
            throw new ToolArgumentException("Invalid argument 'cursor': pass the nextCursor of a previous search_offers result unchanged.");
        }

        var filters = SearchFilterArguments.Resolve(cursor.Filters, () => Context.Places);
        var request = filters.Request with
        {
            Range = OffresRange.FirstPage(cursor.PageSize).ToString(),
            Sort = cursor.Sort switch
            {
                "date" => Sort.DateCreation,
                "distance" => Sort.Distance,
                _ => Sort.Pertinence,
            },
        };

        // One page from the cursor's offset: the pageable reaches an offset past the last first index (3000) with a
        // window that starts there and drops the repeated offers. The tool says itself when the cap hides results.
        var pages = Context.Client.SearchAllAsync(request, new HarvestOptions { AllowPartial = true }, cancellationToken)
            .Take(cursor.PageSize)
            .AsPages(cursor.Offset.ToString(CultureInfo.InvariantCulture), cursor.PageSize, cancellationToken);
        await foreach (var page in pages.ConfigureAwait(false))
        {
            return Render(cursor, filters.Where, page.Total ?? page.Offres.Count, [.. page.Offres.Select(OfferCards.From)], maxReachable);
        }

        return Render(cursor, filters.Where, 0, [], maxReachable);
    }

    private OffresEmploiToolResult Render(SearchCursor cursor, string? place, int total, List<OfferCard> cards, int maxReachable)
    {
        var budget = new TextBudget(Context.MaxResultLength);
        var where = place is { } w ? $" in {w}" : "";
        if (cards.Count == 0)
        {
            budget.AppendLine(cursor.Offset == 0
                ? $"No offer matches{where}. Try fewer keywords, a wider place or radius, or drop filters."
                : $"No more offers ({total} in all){where}.");
        }
        else
        {
            budget.AppendLine($"{total} offers{where}; {cursor.Offset + 1}-{cursor.Offset + cards.Count} (id | title | employer | place | contract | experience | salary | date):");
        }

        // Room for the closing lines: the cursor (about 300-900 characters), the hint and the notice.
        var reserve = 1200 + (Context.Notice?.Length ?? 0);
        var kept = 0;
        while (kept < cards.Count && budget.TryAppendLine(OfferCards.Line(cards[kept]), reserve))
        {
            kept++;
        }

        cards.RemoveRange(kept, cards.Count - kept);
        var nextOffset = cursor.Offset + kept;
        var nextCursor = kept > 0 && nextOffset < Math.Min(total, maxReachable)
            ? (cursor with { Offset = nextOffset }).Encode()
            : null;
        string? hint = null;
        if (budget.IsTruncated)
        {
            hint = $"Cut at {kept} offers to stay short: lower page_size or narrow the query; nextCursor continues from offer {nextOffset + 1}.";
        }
        else if (total > maxReachable && nextCursor is null)
        {
            hint = $"The API serves only the first {maxReachable} of {total} results: narrow the query to see the rest.";
        }

        if (nextCursor is not null)
        {
            budget.AppendLine($"nextCursor: {nextCursor}");
        }

        if (hint is not null)
        {
            budget.AppendLine(hint);
        }

        if (cards.Count > 0)
        {
            budget.AppendLine($"Details: get_offer with an id. Web page: {OfferUrls.Prefix}<id>");
        }

        if (Context.Notice is { } notice)
        {
            budget.AppendLine(notice);
        }

        var result = new SearchOffersResult
        {
            Total = total,
            Offset = cursor.Offset,
            Offers = cards,
            NextCursor = nextCursor,
            Where = place,
            Hint = hint,
            Notice = Context.Notice,
        };
        return OffresEmploiToolResult.Success(budget.ToString(), JsonSerializer.SerializeToElement(result, ToolsJson.Context.SearchOffersResult));
    }
}
