using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Sdk.Models;
using Spectre.Console;

namespace OffresEmploi.Cli.Rendering;

/// <summary>The table of <c>offres search</c>: one row per offer, the columns a reader scans first.</summary>
/// <remarks>Widths are computed from the console width rather than left to the layout engine: only the
/// title wraps, every other cell stays on one line (cut with "…"), so rows stay easy to scan at 80 columns.</remarks>
internal static class OffreTable
{
    /// <summary>The column headers, in order.</summary>
    public static IReadOnlyList<string> Headers { get; } = ["Intitulé", "Employeur", "Lieu", "Contrat", "Salaire", "Publiée", "Id"];

    private const int ContratWidth = 7;
    private const int DateWidth = 8;
    private const int IdWidth = 7;
    private const int WideSalaireWidth = 15;
    private const int NarrowSalaireWidth = 13;
    private const int Gaps = (7 * 2) + 1; // per column a separator and one space of padding, plus the closing edge

    /// <summary>Builds the table.</summary>
    /// <param name="offres">The offers, in the API's order.</param>
    /// <param name="width">The console width.</param>
    /// <returns>A table ready to write.</returns>
    public static Table Create(IEnumerable<Offre> offres, int width)
    {
        // What is left after the fixed columns goes 2:1:1 to title, employer and place, each wide enough for its header.
        var salaire = width < 100 ? NarrowSalaireWidth : WideSalaireWidth;
        var flexible = Math.Max(30, width - ContratWidth - DateWidth - IdWidth - salaire - Gaps);
        var employeur = Math.Max(9, flexible / 4);
        var lieu = Math.Max(9, flexible / 4);
        var intitule = flexible - employeur - lieu;
        int[] widths = [intitule, employeur, lieu, ContratWidth, salaire, DateWidth, IdWidth];

        var table = new Table().Border(TableBorder.Simple).BorderStyle(new Style(Color.Grey));
        for (var i = 0; i < Headers.Count; i++)
        {
            var column = new TableColumn(new Markup($"[bold]{Headers[i]}[/]")).Width(widths[i]).Padding(0, 0, 1, 0);
            table.AddColumn(i == 0 ? column : column.NoWrap());
        }

        foreach (var offre in offres)
        {
            table.AddRow(
                new Text(offre.Intitule ?? ""),
                new Text(Cut(offre.Entreprise?.Nom ?? "—", employeur)),
                new Text(Cut(offre.LieuTravail?.Libelle ?? "", lieu)),
                new Text(Cut(offre.TypeContrat?.Value ?? "", ContratWidth)),
                new Text(Cut(SalaryText.Short(offre.Salaire), salaire)),
                new Text(Formats.ShortDate(offre.DateCreation)),
                new Markup($"[dim]{Markup.Escape(offre.Id ?? "")}[/]"));
        }

        return table;
    }

    private static string Cut(string text, int width) =>
        text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 1), "…");
}
