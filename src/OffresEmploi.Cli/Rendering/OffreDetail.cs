using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Sdk.Models;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace OffresEmploi.Cli.Rendering;

/// <summary>One offer laid out for reading (<c>offres get</c>): a header, the key facts, the lists, the description.</summary>
internal static class OffreDetail
{
    /// <summary>Builds the view.</summary>
    /// <param name="offre">The offer.</param>
    /// <returns>The renderable.</returns>
    public static IRenderable Create(Offre offre)
    {
        var facts = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        void Fact(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                facts.AddRow(new Markup($"[bold]{label}[/]"), new Text(value));
            }
        }

        Fact("Employeur", offre.Entreprise?.Nom);
        Fact("Lieu", offre.LieuTravail?.Libelle);
        Fact("Contrat", Join(" · ", offre.TypeContratLibelle ?? offre.TypeContrat?.Label ?? offre.TypeContrat?.Value, offre.NatureContrat));
        Fact("Durée", offre.DureeTravailLibelleConverti ?? offre.DureeTravailLibelle);
        Fact("Salaire", Join(" · ", offre.Salaire?.Libelle, offre.Salaire?.Commentaire));
        Fact("Expérience", offre.ExperienceLibelle);
        Fact("Qualification", offre.QualificationLibelle);
        Fact("Métier", Join(" ", offre.RomeCode, offre.RomeLibelle is null ? null : $"– {offre.RomeLibelle}"));
        Fact("Appellation", offre.AppellationLibelle);
        Fact("Secteur", offre.SecteurActiviteLibelle);
        Fact("Postes", offre.NombrePostes?.ToString(Formats.Culture));
        Fact("Publiée", Formats.Date(offre.DateCreation));
        Fact("Mise à jour", Formats.Date(offre.DateActualisation));
        Fact("Compétences", List(offre.Competences?.Select(c => c.Libelle)));
        Fact("Formations", List(offre.Formations?.Select(f => Join(" – ", f.NiveauLibelle, f.DomaineLibelle))));
        Fact("Langues", List(offre.Langues?.Select(l => l.Libelle)));
        Fact("Permis", List(offre.Permis?.Select(p => p.Libelle)));
        Fact("Qualités", List(offre.QualitesProfessionnelles?.Select(q => q.Libelle)));

        var title = new Markup($"[bold]{Markup.Escape(offre.Intitule ?? "(sans intitulé)")}[/]  [dim]{Markup.Escape(offre.Id ?? "")}[/]");
        var parts = new List<IRenderable> { title, new Text(""), facts };
        if (!string.IsNullOrWhiteSpace(offre.Description))
        {
            parts.Add(new Text(""));
            parts.Add(new Text(offre.Description.Trim()));
        }

        var panel = new Panel(new Rows(parts)).Border(BoxBorder.Rounded).Expand();

        // The link goes under the panel, in one piece: folded inside the border, a terminal could neither open nor copy it.
        return (offre.Contact?.UrlPostulation ?? offre.OrigineOffre?.UrlOrigine) is { Length: > 0 } url
            ? new Rows(panel, new UnwrappedLine(new Segment("Postuler", new Style(decoration: Decoration.Bold)), new Segment(" " + url)))
            : panel;
    }

    private static string? Join(string separator, params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return present.Count == 0 ? null : string.Join(separator, present);
    }

    private static string? List(IEnumerable<string?>? items) =>
        items is null ? null : Join("\n", items.Select(i => i is null ? null : "• " + i).ToArray());
}
