using System.Globalization;
using System.Text;
using OffresEmploi.Sandbox.Corpus;

namespace OffresEmploi.Sandbox.Json;

/// <summary>Short texts of generated offers (all fictional: names, addresses and phone numbers are made up;
/// phone numbers use the ranges ARCEP reserves for fiction).</summary>
internal static partial class OffreTexts
{
    public static readonly string[] ExperienceComments = ["sur poste similaire", "minimum", "si pas de diplôme", "Formation au sein de l'équipe", "en service"];
    public static readonly string[] FormationComments = ["ou équivalent", "diplôme exigé", "BAFA apprécié", "CACES souhaité", "formation en interne possible"];
    public static readonly string[] SalaryRemarks = ["Selon profil", "Selon expérience", "Selon formation et expérience", "Selon grille", "primes", "Selon profil et expérience", "heures supplémentaires payées"];
    public static readonly string[] SalaryComplements = ["Primes", "Autre", "Hébergement", "Complémentaire santé", "CSE", "Restauration", "Titres restaurant / Prime de panier", "Indemnité transports", "Véhicule", "Téléphone mobile", "Ordinateur portable", "Mutuelle"];
    public static readonly string[] ConditionsExercice = ["Déplacements professionnels", "Station debout prolongée", "En environnement bruyant", "Port de charges", "Travail en extérieur"];
    public static readonly string[] Zones = [" Zone départementale", " Zone régionale", " Zone nationale"];
    private static readonly string[] Rythmes = ["Travail en journée", "Travail en journée", "Travail en journée", "Travail les week-ends et jours fériés", "Travail le samedi", "Travail en horaires décalés", "Travail posté (2x8, 3x8, 5x8, etc.)", "Travail de nuit", "Travail en horaires fractionnés"];
    private static readonly string[] Surnames = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guerin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin"];
    private static readonly string[] Streets = ["RUE DE LA REPUBLIQUE", "AVENUE JEAN JAURES", "RUE VICTOR HUGO", "RUE DU MOULIN", "ZA DES CHAMPS", "ROUTE DE LYON", "RUE DES ARTISANS", "PLACE DE LA MAIRIE", "BOULEVARD GAMBETTA", "RUE PASTEUR", "ZI DU PONT", "CHEMIN DES VIGNES"];
    private static readonly string[] DepartementPrefixes = ["Haute-", "Hautes-", "Basse-", "Bas-", "Haut-"];
    private static readonly string[] Fiction = ["01 99 00", "02 61 91", "03 53 01", "04 65 71", "05 36 49"];

    /// <summary>"Thonon-les-Bains" as "THONON LES BAINS", "Saint-Julien-en-Genevois" as "ST JULIEN EN GENEVOIS".</summary>
    public static string UpperPlace(string name)
    {
        const string Accented = "àâäéèêëîïôöùûüÿçœÀÂÄÉÈÊËÎÏÔÖÙÛÜŸÇŒ";
        const string Plain = "AAAEEEEIIOOUUUYCOAAAEEEEIIOOUUUYCO";
        var text = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var k = Accented.IndexOf(c, StringComparison.Ordinal);
            text.Append(c is '-' or '\'' or '’' ? ' ' : k >= 0 ? Plain[k] : char.ToUpperInvariant(c));
        }

        var words = text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w switch { "SAINT" => "ST", "SAINTE" => "STE", _ => w });
        return string.Join(' ', words);
    }

    /// <summary>"Haute-Savoie" as "Savoie (Haute)", the way the API labels département-level places.</summary>
    public static string DepartementLabel(string name)
    {
        foreach (var prefix in DepartementPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return $"{name[prefix.Length..]} ({prefix.TrimEnd('-')})";
            }
        }

        return name;
    }

    public static string PartnerUrl(OffreView offre, string partner)
    {
        var slug = new string(partner.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
        var number = (uint)offre.Random(9).Next() % 90_000_000 + 10_000_000;
        return $"https://www.{slug}.fr/offre/{number}?utm_source=francetravail";
    }

    public static string CompanyUrl(OffreView offre)
    {
        var slug = new string(offre.CompanyName.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
        return $"https://www.{slug}.fr";
    }

    public static string ContactName(ref SplitMix64 rng, OffreView offre) => rng.Next(3) switch
    {
        0 => "M. " + rng.Pick(Surnames),
        1 => "Mme " + rng.Pick(Surnames),
        _ => offre.CompanyName,
    };

    public static string Street(ref SplitMix64 rng) => $"{rng.Between(1, 120)} {rng.Pick(Streets)}";

    public static string PostalLine(OffreView offre)
    {
        var communes = offre.Data.Communes;
        return communes.CodesPostaux[offre.Commune][0] + " " + UpperPlace(communes.Noms[offre.Commune]);
    }

    public static string Telephone(ref SplitMix64 rng) => $"{rng.Pick(Fiction)} {rng.Between(10, 99)} {rng.Between(10, 99)}";

    public static string SalaryComment(ref SplitMix64 rng)
    {
        var low = rng.Between(22, 55);
        return rng.Next(4) switch
        {
            0 => $"{low} - {low + rng.Between(3, 12)} k€ brut annuel",
            1 => $"{rng.Between(1800, 2600)} € brut mensuel",
            2 => "Selon profil",
            _ => "Selon expérience",
        };
    }

    /// <summary>contexteTravail.horaires; the first entry is also dureeTravailLibelle.</summary>
    public static string[] Horaires(OffreView offre)
    {
        var minutes = offre.Corpus.WeeklyMinutes[offre.Index];
        var rng = offre.Random(10);
        var hours = (minutes / 60).ToString(CultureInfo.InvariantCulture) + "H" + (minutes % 60 == 0 ? string.Empty : (minutes % 60).ToString("00", CultureInfo.InvariantCulture));
        var weekly = (offre.Corpus.TempsMode[offre.Index] == 2 ? "Temps partiel - " : string.Empty) + hours + "/semaine";
        var first = weekly + "\n" + rng.Pick(Rythmes);
        return rng.Chance(0.25) ? [first, " " + rng.Pick(Rythmes)] : [first];
    }
}
