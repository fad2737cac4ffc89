using OffresEmploi.Cli.Charts;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Rendering;
using OffresEmploi.Cli.Settings;
using Spectre.Console;

namespace OffresEmploi.Cli.Commands;

/// <summary><c>offres facets</c>: how the matching offers split by contract type, experience, qualification and nature.</summary>
internal sealed class FacetsCommand(CliContext context) : ApiCommand<FacetsSettings>(context)
{
    public override async Task<int> ExecuteAsync(FacetsSettings settings, CancellationToken cancellationToken)
    {
        var query = BuildQuery(settings);
        var pngPath = settings.Png is { } png ? OutputPath.Prepare(png, "--png") : null;
        var svgPath = settings.Svg is { } svg ? OutputPath.Prepare(svg, "--svg") : null;
        using var session = OpenSession(settings);

        // One offer is enough: filtresPossibles always covers the whole result set.
        var page = await session.Client.SearchAsync(query.Request with { Range = "0-0" }, cancellationToken);
        var facets = FacetBuilder.Build(page.FiltresPossibles);
        if (facets.Count == 0)
        {
            Context.Out.MarkupLine("No offer matches.");
            return ExitCodes.Success;
        }

        Context.Out.MarkupLine($"[bold]{Formats.Count(page.Total ?? facets[0].Total)} offers[/] [dim]({Markup.Escape(query.Summary)})[/]");
        Context.Out.WriteLine();
        Context.Out.Write(FacetView.Create(facets, Context.Out.Profile.Width));
        var title = $"Offres d'emploi : {query.Caption}";
        if (pngPath is { } pngFile)
        {
            var (width, height) = FacetChart.SavePng(facets, title, pngFile);
            PlainLine.Write(Context.Out, "", $"Wrote {pngFile} ({width}×{height}).");
        }

        if (svgPath is { } svgFile)
        {
            var (width, height) = FacetChart.SaveSvg(facets, title, svgFile);
            PlainLine.Write(Context.Out, "", $"Wrote {svgFile} ({width}×{height}).");
        }

        return ExitCodes.Success;
    }
}
