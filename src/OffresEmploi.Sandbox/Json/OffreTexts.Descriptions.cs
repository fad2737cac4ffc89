using System.Text;
using OffresEmploi.Sandbox.Corpus;

namespace OffresEmploi.Sandbox.Json;

/// <summary>Company names and offer descriptions, assembled from templates.</summary>
internal static partial class OffreTexts
{
    private static readonly Dictionary<char, string[]> CompanyPatterns = new()
    {
        ['A'] = ["EARL {S}", "Pépinières {S}", "GAEC de {P}", "Paysages {S}"],
        ['B'] = ["Atelier {S}", "Maison {S}", "Créations {S}"],
        ['C'] = ["Cabinet {S} Assurances", "{S} Immobilier", "Agence de {P}"],
        ['D'] = ["Boulangerie {S}", "{S} Distribution", "Supermarché de {P}", "Boutique {S}", "Maison {S}"],
        ['E'] = ["Studio {S}", "{S} Communication", "Imprimerie de {P}"],
        ['F'] = ["{S} BTP", "Entreprise {S} et Fils", "{P} Construction", "{S} Rénovation"],
        ['G'] = ["Restaurant {S}", "Hôtel de {P}", "Brasserie de {P}", "Camping {P}", "Le Bistrot de {S}"],
        ['H'] = ["{S} Industries", "Ateliers {S}", "{P} Mécanique", "Plasturgie {S}"],
        ['I'] = ["{S} Maintenance", "Garage {S}", "{P} Services Techniques"],
        ['J'] = ["Centre hospitalier de {P}", "Clinique {S}", "EHPAD Les Tilleuls", "Pharmacie {S}"],
        ['K'] = ["Association {S}", "{P} Services à domicile", "Crèche Les Petits Pas", "Centre social de {P}"],
        ['L'] = ["Compagnie {S}", "{P} Spectacles", "Club sportif de {P}"],
        ['M'] = ["Cabinet {S}", "{S} Conseil", "{S} & Associés", "{P} Informatique"],
        ['N'] = ["Transports {S}", "{S} Logistique", "{P} Express", "Déménagements {S}"],
    };

    private static readonly string[] Sizes = ["6 à 9", "10 à 19", "20 à 49", "50 à 99", "100 à 199", "250 à 499"];

    private static readonly string[] InterimPatterns = ["{P} Intérim", "Alpha Emploi {P}", "{S} Travail Temporaire"];

    private static readonly string[] Openings =
    [
        "{C} recrute un(e) {T} pour renforcer son équipe à {V}.",
        "Rejoignez {C} ! Nous recherchons un(e) {T} pour notre site de {V}.",
        "Dans le cadre de son développement, {C} recherche un(e) {T} ({K}).",
        "Vous souhaitez évoluer dans une structure à taille humaine ? {C} vous propose un poste de {T} à {V}.",
    ];

    private static readonly string[] Closings =
    [
        "Poste à pourvoir rapidement.",
        "Vous êtes rigoureux(se), autonome et avez le sens du travail en équipe ? Ce poste est fait pour vous !",
        "Rémunération selon profil et expérience. Mutuelle d'entreprise.",
        "Une formation à nos outils et méthodes est assurée à l'arrivée.",
    ];

    public static string CompanyName(OffreView offre)
    {
        var rng = offre.Random(11);
        var patterns = offre.TypeContrat is "MIS" or "DIN" ? InterimPatterns
            : CompanyPatterns.GetValueOrDefault(offre.Metier.Code[0], CompanyPatterns['M']);
        var place = offre.Data.Communes.Noms[offre.Commune];
        var name = rng.Pick(patterns).Replace("{S}", rng.Pick(Surnames), StringComparison.Ordinal).Replace("{P}", place, StringComparison.Ordinal);
        return rng.Chance(0.5) ? UpperPlace(name) : name;
    }

    public static string CompanyDescription(OffreView offre)
    {
        var rng = offre.Random(12);
        var size = rng.Pick(Sizes);
        var domaine = offre.Data.DomaineLibelles.GetValueOrDefault(offre.Metier.Code[..3], offre.Metier.Libelle);
        return $"Entreprise de {size} salariés implantée depuis {rng.Between(1960, 2020)}, spécialisée en {domaine.ToLowerInvariant()}.";
    }

    /// <summary>A description in the usual shape: an opening, the missions (the offer's competences), the
    /// profile sought and practical details, separated by line breaks as in real offers.</summary>
    public static string Description(OffreView offre)
    {
        var rng = offre.Random(13);
        var title = OffreTitles.Masculine(offre.AppellationLibelle).ToLowerInvariant();
        var text = new StringBuilder();
        text.Append(rng.Pick(Openings)
            .Replace("{C}", offre.CompanyName, StringComparison.Ordinal)
            .Replace("{T}", title, StringComparison.Ordinal)
            .Replace("{V}", offre.Data.Communes.Noms[offre.Commune], StringComparison.Ordinal)
            .Replace("{K}", offre.TypeContrat, StringComparison.Ordinal));
        var corpus = offre.Corpus;
        var competences = offre.Data.CompetencesByRome[offre.Data.AppellationRome[corpus.Appellation[offre.Index]]];
        var mask = corpus.Competences[offre.Index];
        var missions = new List<Data.CodeLabel>(5);
        for (var k = 0; k < competences.Length && missions.Count < 5; k++)
        {
            if ((mask & (1UL << k)) != 0 || (mask == 0 && k < 3))
            {
                missions.Add(competences[k]);
            }
        }

        if (missions.Count > 0)
        {
            text.Append("\n\nVos missions :\n");
            text.Append(string.Join('\n', missions.Select(m => "- " + m.Libelle)));
        }

        text.Append("\n\nProfil : ");
        text.Append(corpus.ExperienceExige[offre.Index] == 0
            ? "débutant(e) accepté(e), vous êtes motivé(e) et souhaitez apprendre le métier."
            : "vous justifiez d'une expérience réussie sur un poste similaire.");
        text.Append('\n').Append(rng.Pick(Closings));
        return text.ToString();
    }
}
