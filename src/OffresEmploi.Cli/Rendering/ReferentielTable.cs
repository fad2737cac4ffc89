using OffresEmploi.Sdk.Models;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace OffresEmploi.Cli.Rendering;

/// <summary>The tables of <c>offres referentiel</c>: the list of referentiels, and the codes and labels of one.</summary>
/// <remarks>Fitted like the other tables (<see cref="FittedTable{T}"/>): the name or code keeps its width, the text beside it
/// wraps between words, so a long label ("ordonnancement-lancement-planification") is never folded in a word at 40 columns.</remarks>
internal static class ReferentielTable
{
    private static readonly TableField<(string Name, string Description)> Name = new() { Header = "Référentiel", Value = r => r.Name, Min = 17, Max = 24 };
    private static readonly TableField<(string Name, string Description)> Description = new() { Header = "Contenu", Value = r => r.Description, Min = 20, Max = 72, Floor = 8 };
    private static readonly TableField<Referentiel> Code = new() { Header = "Code", Value = r => r.Code ?? "", Min = 6, Max = 12 };
    private static readonly TableField<Referentiel> Libelle = new() { Header = "Libellé", Value = r => r.Libelle ?? "", Min = 20, Max = 100, Floor = 8 };

    /// <summary>The list of referentiels.</summary>
    /// <param name="names">Each referentiel's name and what it holds.</param>
    /// <returns>The table, laid out when it is written.</returns>
    public static IRenderable Names(IEnumerable<(string Name, string Description)> names) =>
        new FittedTable<(string Name, string Description)>(names, [[[Name], [Description]]]) { Border = TableBorder.Rounded, CellPadding = new Padding(1, 0, 1, 0) };

    /// <summary>The entries of one referentiel.</summary>
    /// <param name="entries">The entries.</param>
    /// <returns>The table, laid out when it is written.</returns>
    public static IRenderable Create(IEnumerable<Referentiel> entries) =>
        new FittedTable<Referentiel>(entries, [[[Code], [Libelle]]]) { Border = TableBorder.Rounded, CellPadding = new Padding(1, 0, 1, 0) };
}
