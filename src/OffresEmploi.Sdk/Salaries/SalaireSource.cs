namespace OffresEmploi.Sdk.Models;

/// <summary>Which field of <c>salaire</c> a <see cref="SalaireParse"/> was read from.</summary>
public enum SalaireSource
{
    /// <summary>Neither field gave an amount.</summary>
    None = 0,

    /// <summary><c>salaire.libelle</c>, the structured text written by France Travail ("Mensuel de 1710,00 Euros sur 12 mois").</summary>
    Libelle,

    /// <summary><c>salaire.commentaire</c>, the recruiter's free text ("35 - 45 k€ brut annuel").</summary>
    Commentaire,
}
