using System.Globalization;
using OffresEmploi.Sdk.AI.Results;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.AI.Rendering;

/// <summary>Reduces offers to cards and renders a card as one line.</summary>
internal static class OfferCards
{
    public static OfferCard From(Offre offre)
    {
        var id = offre.Id ?? "";
        var contract = offre.TypeContratLibelle ?? offre.TypeContrat?.Label ?? offre.TypeContrat?.Value;
        if (contract is not null && string.Equals(offre.DureeTravailLibelleConverti, "Temps partiel", StringComparison.OrdinalIgnoreCase))
        {
            contract += ", temps partiel";
        }

        return new OfferCard
        {
            Id = id,
            Title = Clean(offre.Intitule) ?? "(sans titre)",
            Employer = Clean(offre.Entreprise?.Nom),
            Place = Clean(offre.LieuTravail?.Libelle),
            Contract = Clean(contract),
            Experience = Clean(offre.ExperienceLibelle),
            Salary = Clean(SalaryText.Format(offre.Salaire)),
            Created = offre.DateCreation?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Url = OfferUrls.For(id),
        };
    }

    /// <summary>One line, fields separated by " | ", absent fields left out; the URL is not repeated (it derives from the id).</summary>
    public static string Line(OfferCard card)
    {
        var fields = new List<string>(8) { card.Id, card.Title };
        AddIfPresent(fields, card.Employer);
        AddIfPresent(fields, card.Place);
        AddIfPresent(fields, card.Contract);
        AddIfPresent(fields, card.Experience);
        AddIfPresent(fields, card.Salary);
        AddIfPresent(fields, card.Created);
        return string.Join(" | ", fields);
    }

    private static void AddIfPresent(List<string> fields, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            fields.Add(value);
        }
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Newlines and the separator would break the one-line layout.
        return text.Trim().Replace('\n', ' ').Replace('\r', ' ').Replace(" | ", " / ", StringComparison.Ordinal);
    }
}
