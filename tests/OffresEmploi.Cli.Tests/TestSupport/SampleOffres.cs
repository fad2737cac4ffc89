using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Tests.TestSupport;

/// <summary>Offers written by hand with the awkward bits real data has: accents, commas, quotes, line breaks, missing blocks.</summary>
internal static class SampleOffres
{
    public static Offre Create(int index) => new()
    {
        Id = $"T{index:D6}",
        Intitule = index % 2 == 0 ? $"Développeur \"full stack\" C#, .NET ({index})" : $"Boulanger / Boulangère {index}",
        Description = $"Ligne 1 de l'offre {index}\nLigne 2, avec une virgule; et un point-virgule.",
        DateCreation = new DateTimeOffset(2025, 8, 1, 9, 30, 15, TimeSpan.Zero).AddHours(index),
        LieuTravail = new LieuTravail { Libelle = "74 - ANNECY", CodePostal = "74000", Commune = "74010", Latitude = 45.9, Longitude = 6.12 },
        Entreprise = index % 3 == 0 ? null : new Entreprise { Nom = $"Société Générale d'Annecy n°{index}" },
        TypeContrat = index % 2 == 0 ? TypeContrat.Cdi : TypeContrat.Cdd,
        TypeContratLibelle = index % 2 == 0 ? "Contrat à durée indéterminée" : "CDD - 6 Mois",
        Salaire = new Salaire { Libelle = "Annuel de 35000.0 Euros à 45000.0 Euros sur 12.0 mois" },
        NombrePostes = 1 + (index % 4),
        Alternance = index % 5 == 0,
    };

    public static List<Offre> Range(int start, int count) => Enumerable.Range(start, count).Select(Create).ToList();
}
