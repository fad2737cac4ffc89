using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Sdk.Models;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace OffresEmploi.Cli.Rendering;

/// <summary>The table of <c>offres search</c>: one row per offer, the columns a reader scans first, fitted to the console.</summary>
/// <remarks>
/// Priority, highest first: Intitulé, Id (what <c>offres get</c> needs), Employeur, Lieu, Contrat, Salaire, Publiée,
/// Expérience. The richest layout whose columns all get their comfortable width is drawn (see <see cref="FittedTable{T}"/>).
/// With the widths below, the layouts and the console widths they need at most (less when the texts are shorter):
/// <list type="number">
/// <item>from 120 columns: every field, Expérience included, one column each;</item>
/// <item>from 104: Expérience goes;</item>
/// <item>from 94: Publiée goes too;</item>
/// <item>from 85: Salaire moves under Contrat, in one column;</item>
/// <item>from 67 (80 columns): Lieu moves under Employeur too: Intitulé | Employeur / Lieu | Contrat / Salaire | Id;</item>
/// <item>from 40 (60 columns): two columns, Intitulé / Employeur / Lieu | Contrat / Salaire / Id; shrunk down to 30.</item>
/// </list>
/// So title, employer, place, contract, salary and id are all shown at 80 columns and below, and a field is dropped
/// (Expérience, then Publiée) rather than squeezed. Texts wrap between words only (see <see cref="WordWrap"/>).
/// Keep docs/cli.md (Layout) in step.
/// </remarks>
internal static class OffreTable
{
    private static readonly TableField<Offre> Intitule = new() { Header = "Intitulé", Value = o => o.Intitule ?? "", Min = 22, Max = 50, Floor = 14 };
    private static readonly TableField<Offre> Employeur = new() { Header = "Employeur", Value = o => o.Entreprise?.Nom ?? "—", Min = 16, Max = 32, Floor = 12 };
    private static readonly TableField<Offre> Lieu = new() { Header = "Lieu", Value = o => o.LieuTravail?.Libelle ?? "", Min = 16, Max = 32, Floor = 12 };
    private static readonly TableField<Offre> Contrat = new() { Header = "Contrat", Value = o => o.TypeContrat?.Value ?? "", Min = 7, Max = 7 };
    private static readonly TableField<Offre> Salaire = new() { Header = "Salaire", Value = o => SalaryText.Short(o.Salaire), Min = 13, Max = 18, Floor = 11 };
    private static readonly TableField<Offre> Experience = new() { Header = "Expérience", Value = o => o.ExperienceLibelle ?? "", Min = 14, Max = 24 };
    private static readonly TableField<Offre> Publiee = new() { Header = "Publiée", Value = o => Formats.ShortDate(o.DateCreation), Min = 8, Max = 8 };
    private static readonly TableField<Offre> Id = new() { Header = "Id", Value = o => o.Id ?? "", Min = 7, Max = 7, Style = new Style(decoration: Decoration.Dim) };

    /// <summary>The layouts, richest first.</summary>
    private static readonly TableField<Offre>[][][] Layouts =
    [
        [[Intitule], [Employeur], [Lieu], [Contrat], [Salaire], [Experience], [Publiee], [Id]],
        [[Intitule], [Employeur], [Lieu], [Contrat], [Salaire], [Publiee], [Id]],
        [[Intitule], [Employeur], [Lieu], [Contrat], [Salaire], [Id]],
        [[Intitule], [Employeur], [Lieu], [Contrat, Salaire], [Id]],
        [[Intitule], [Employeur, Lieu], [Contrat, Salaire], [Id]],
        [[Intitule, Employeur, Lieu], [Contrat, Salaire, Id]],
    ];

    /// <summary>Builds the table.</summary>
    /// <param name="offres">The offers, in the API's order.</param>
    /// <param name="width">The console width: the widest the table may be.</param>
    /// <returns>The table, laid out when it is written.</returns>
    public static IRenderable Create(IEnumerable<Offre> offres, int width) =>
        new FittedTable<Offre>(offres, Layouts) { MaxWidth = width, BorderStyle = new Style(Color.Grey) };
}
