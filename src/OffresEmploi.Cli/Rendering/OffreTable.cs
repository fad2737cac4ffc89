using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Sdk.Models;
using Spectre.Console;

namespace OffresEmploi.Cli.Rendering;

/// <summary>The table of <c>offres search</c>: one row per offer, the columns a reader scans first.</summary>
internal static class OffreTable
{
    /// <summary>The column headers, in order.</summary>
    public static IReadOnlyList<string> Headers { get; } = ["Intitulé", "Employeur", "Lieu", "Contrat", "Salaire", "Publiée", "Id"];

    /// <summary>Builds the table.</summary>
    /// <param name="offres">The offers, in the API's order.</param>
    /// <returns>A table ready to write.</returns>
    public static Table Create(IEnumerable<Offre> offres)
    {
        var table = new Table().Border(TableBorder.Rounded).Expand();
        foreach (var header in Headers)
        {
            table.AddColumn(new TableColumn(new Markup($"[bold]{header}[/]")));
        }

        table.Columns[5].NoWrap();
        table.Columns[6].NoWrap();
        foreach (var offre in offres)
        {
            table.AddRow(
                new Text(offre.Intitule ?? ""),
                new Text(offre.Entreprise?.Nom ?? "—"),
                new Text(offre.LieuTravail?.Libelle ?? ""),
                new Text(offre.TypeContrat?.Value ?? ""),
                new Text(SalaryText.Short(offre.Salaire)),
                new Text(Formats.Date(offre.DateCreation)),
                new Markup($"[dim]{Markup.Escape(offre.Id ?? "")}[/]"));
        }

        return table;
    }
}
