using System.Globalization;
using System.Text.Json;
using OffresEmploi.Sdk.AI.Arguments;
using OffresEmploi.Sdk.AI.Rendering;
using OffresEmploi.Sdk.AI.Results;
using OffresEmploi.Sdk.Models;
using static OffresEmploi.Sdk.AI.Schema.JsonSchemaBuilder;

namespace OffresEmploi.Sdk.AI.Tools;

/// <summary><c>summarize_market</c>: how many offers, split by contract, experience, qualification and nature, and what they pay.</summary>
internal sealed class SummarizeMarketTool : OffresEmploiTool
{
    public const int DefaultSample = 150;
    public const int MaxSample = 450;

    private static readonly JsonElement InputSchema = Input(
        [
            .. SearchFilterArguments.Properties(full: false),
            ("sample_size", Integer("Offers read for salary figures (0 = counts only).", 0, MaxSample, DefaultSample)),
        ]);

    private static readonly JsonElement OutputSchema = ToElement(Object(
        [("total", Type("integer")), ("facets", ArrayOf(Type("object"))), ("salaries", ArrayOf(Type("object")))],
        "total", "facets"));

    private static readonly string[] Names = [.. SearchFilterArguments.Names(full: false), "sample_size"];

    public SummarizeMarketTool(ToolContext context)
        : base(context)
    {
    }

    public override string Name => OffresEmploiTools.SummarizeMarket;

    public override string Title => "Summarize a job market";

    public override string Description =>
        "Summarize the offers matching search criteria: total, counts by contract type, experience, qualification and contract nature, gross monthly salary quantiles from a sample.";

    public override JsonElement JsonSchema => InputSchema;

    public override JsonElement? ReturnJsonSchema => OutputSchema;

    private protected override IReadOnlyCollection<string> ArgumentNames => Names;

    private protected override async Task<OffresEmploiToolResult> RunCoreAsync(ToolArguments arguments, CancellationToken cancellationToken)
    {
        var filters = SearchFilterArguments.Read(arguments, () => Context.Places);
        var sample = arguments.Integer("sample_size", 0, MaxSample) ?? DefaultSample;
        var request = filters.Request;

        // The first max(1, sample) offers in relevance order: the first page gives the total and the facets.
        var wanted = Math.Max(1, sample);
        var range = OffresRange.FirstPage(Math.Min(wanted, Context.Client.RangeLimits.MaxPageSize));
        OffresPage? first = null;
        var offers = new List<Offre>();
        await foreach (var page in Context.Client.SearchAllAsync(request with { Range = range.ToString() }, cancellationToken).Take(wanted).AsPages(cancellationToken).ConfigureAwait(false))
        {
            first ??= page;
            if (sample > 0)
            {
                offers.AddRange(page.Offres);
            }
        }

        if (first is null)
        {
            throw new InvalidOperationException("The search returned no page.");
        }

        var total = first.Total ?? first.Offres.Count;
        var facets = first.FiltresPossibles.Select(f => ToFacet(f, total)).ToList();
        var salaries = Distributions(offers);
        return Render(filters, total, facets, offers.Count, salaries);
    }

    private OffresEmploiToolResult Render(ResolvedOffresSearch filters, int total, List<Facet> facets, int sampled, (int WithSalary, List<SalaryDistribution> Distributions) salaries)
    {
        var budget = new TextBudget(Context.MaxResultLength);
        var what = filters.Request.MotsCles is { } k ? $" for \"{string.Join(", ", k)}\"" : "";
        var where = filters.Where is { } w ? $" in {w}" : "";
        budget.AppendLine($"{total} offers{what}{where}.");
        foreach (var facet in facets)
        {
            var values = facet.Values.Select(v => $"{v.Code}{(v.Label is null ? "" : " " + v.Label)} {v.Count} ({v.Percent.ToString("0.#", CultureInfo.InvariantCulture)}%)");
            budget.TryAppendLine($"{facet.Filter}: {string.Join("; ", values)}", reserve: 600);
        }

        if (salaries.Distributions.Count > 0)
        {
            budget.AppendLine($"Gross salary per month (yearly/12, hourly x 151.67), from {salaries.WithSalary} of {sampled} sampled offers:");
            foreach (var d in salaries.Distributions)
            {
                budget.AppendLine(FormattableString.Invariant($"{d.Scope} ({d.Count}): median {d.Median:0}, p25 {d.P25:0}, p75 {d.P75:0}, min {d.Min:0}, max {d.Max:0}"));
            }
        }
        else if (sampled > 0)
        {
            budget.AppendLine($"No salary amount in the {sampled} sampled offers.");
        }

        string? hint = total > sampled && sampled > 0 ? $"Salaries come from the first {sampled} offers by relevance; raise sample_size (max {MaxSample}) or narrow the query for more precision." : null;
        if (hint is not null)
        {
            budget.AppendLine(hint);
        }

        if (Context.Notice is { } notice)
        {
            budget.AppendLine(notice);
        }

        var result = new MarketSummaryResult
        {
            Total = total,
            Facets = facets,
            Sampled = sampled,
            WithSalary = salaries.WithSalary,
            Salaries = salaries.Distributions.Count > 0 ? salaries.Distributions : null,
            Where = filters.Where,
            Hint = hint,
            Notice = Context.Notice,
        };
        return OffresEmploiToolResult.Success(budget.ToString(), JsonSerializer.SerializeToElement(result, ToolsJson.Context.MarketSummaryResult));
    }

    private static Facet ToFacet(FiltrePossible filtre, int total)
    {
        var name = filtre.Filtre ?? "";
        var values = (filtre.Agregation ?? [])
            .Where(a => a.ValeurPossible is not null && a.NbResultats is > 0)
            .OrderByDescending(a => a.NbResultats)
            .Select(a => new FacetValue(
                a.ValeurPossible!,
                filtre.GetValueLabel(a.ValeurPossible),
                a.NbResultats!.Value,
                total > 0 ? Math.Round(100.0 * a.NbResultats.Value / total, 1) : 0))
            .ToList();
        return new Facet(name, values);
    }

    private static (int WithSalary, List<SalaryDistribution> Distributions) Distributions(List<Offre> offers)
    {
        var readings = new List<(string Contract, double Monthly)>();
        foreach (var offre in offers)
        {
            if (SalaryText.TryReadMonthly(offre.Salaire, out var monthly))
            {
                readings.Add((offre.TypeContrat?.Value ?? "?", monthly));
            }
        }

        var distributions = new List<SalaryDistribution>();
        if (readings.Count > 0)
        {
            distributions.Add(Quantiles("all", readings.Select(r => r.Monthly)));
            foreach (var group in readings.GroupBy(r => r.Contract).Where(g => g.Count() >= 5).OrderByDescending(g => g.Count()).Take(3))
            {
                distributions.Add(Quantiles(group.Key, group.Select(r => r.Monthly)));
            }
        }

        return (readings.Count, distributions);
    }

    private static SalaryDistribution Quantiles(string scope, IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return new SalaryDistribution
        {
            Scope = scope,
            Count = sorted.Length,
            Min = Math.Round(sorted[0]),
            P25 = Math.Round(Quantile(sorted, 0.25)),
            Median = Math.Round(Quantile(sorted, 0.5)),
            P75 = Math.Round(Quantile(sorted, 0.75)),
            Max = Math.Round(sorted[^1]),
        };
    }

    /// <summary>Linear interpolation between closest ranks (the usual "type 7" quantile).</summary>
    internal static double Quantile(double[] sorted, double q)
    {
        var position = (sorted.Length - 1) * q;
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }
}
