namespace OffresEmploi.Sdk.Models;

/// <summary>The period an amount of <see cref="SalaireParse"/> is paid for, as written in the offer.</summary>
/// <remarks>
/// A closed set the SDK defines for its parser (the words the API writes in <c>salaire.libelle</c>), not an
/// API code list; the search filter <c>periodeSalaire</c> (M, A, H, C) has its own extensible type.
/// </remarks>
public enum SalairePeriode
{
    /// <summary>Per hour ("Horaire").</summary>
    Horaire = 1,

    /// <summary>Per day ("Journalier").</summary>
    Journalier,

    /// <summary>Per week ("Hebdomadaire").</summary>
    Hebdomadaire,

    /// <summary>Per month ("Mensuel").</summary>
    Mensuel,

    /// <summary>Per year ("Annuel").</summary>
    Annuel,

    /// <summary>Per performance ("Cachet"), for artists; not convertible to a yearly amount.</summary>
    Cachet,
}
