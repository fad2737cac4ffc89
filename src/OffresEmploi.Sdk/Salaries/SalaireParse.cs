namespace OffresEmploi.Sdk.Models;

/// <summary>The amounts read from an offer's <c>salaire.libelle</c> or <c>salaire.commentaire</c> by <see cref="SalaryParser"/>.</summary>
/// <remarks>Amounts are as written, in <see cref="Currency"/>, for one <see cref="Period"/>; use <see cref="AnnualMin"/> / <see cref="AnnualMax"/> to compare offers.</remarks>
public sealed record SalaireParse
{
    /// <summary>Hours paid per month for a full-time job in France (35 h × 52 / 12).</summary>
    public const decimal HoursPerMonth = 151.67m;

    /// <summary>Working days per year used to annualise a daily rate (the usual "forfait jours").</summary>
    public const decimal DaysPerYear = 218m;

    /// <summary>Gets a result for text that gave nothing.</summary>
    public static SalaireParse Unparsed { get; } = new();

    /// <summary>Gets how far the text was understood.</summary>
    public SalaireParseStatus Status { get; init; }

    /// <summary>Gets the field the amounts were read from.</summary>
    public SalaireSource Source { get; init; }

    /// <summary>Gets the text that was read (the libelle or the commentaire), when there was one.</summary>
    public string? Text { get; init; }

    /// <summary>Gets the lower amount (the only amount when no range is given).</summary>
    public decimal? Min { get; init; }

    /// <summary>Gets the upper amount; equal to <see cref="Min"/> when no range is given.</summary>
    public decimal? Max { get; init; }

    /// <summary>Gets the ISO 4217 currency (<c>EUR</c>), when amounts were read.</summary>
    public string? Currency { get; init; }

    /// <summary>Gets the period the amounts are paid for.</summary>
    public SalairePeriode? Period { get; init; }

    /// <summary>Gets the number of monthly payments per year ("sur 13 mois"), when stated and not zero.</summary>
    public decimal? Months { get; init; }

    /// <summary>Gets whether the amounts are gross (<see langword="true"/>, "brut") or net (<see langword="false"/>); null when not stated.</summary>
    public bool? IsGross { get; init; }

    /// <summary>
    /// Gets the short unit of <see cref="Period"/> for texts such as "2 000 €/mois": <c>an</c>, <c>mois</c>,
    /// <c>semaine</c>, <c>jour</c>, <c>h</c> or <c>cachet</c>; null when no period was read. The one wording of the
    /// CLI's tables and the AI tools' offer lines.
    /// </summary>
    public string? PeriodUnit => Period switch
    {
        SalairePeriode.Annuel => "an",
        SalairePeriode.Mensuel => "mois",
        SalairePeriode.Hebdomadaire => "semaine",
        SalairePeriode.Journalier => "jour",
        SalairePeriode.Horaire => "h",
        SalairePeriode.Cachet => "cachet",
        _ => null,
    };

    /// <summary>Gets <see cref="Min"/> as a yearly amount with the default conventions (see <see cref="ToAnnual(decimal)"/>), or null when not <see cref="SalaireParseStatus.Parsed"/>.</summary>
    public decimal? AnnualMin => Min is { } min ? ToAnnual(min) : null;

    /// <summary>Gets <see cref="Max"/> as a yearly amount with the default conventions, or null when not <see cref="SalaireParseStatus.Parsed"/>.</summary>
    public decimal? AnnualMax => Max is { } max ? ToAnnual(max) : null;

    /// <summary>Converts an amount of this <see cref="Period"/> to a yearly amount.</summary>
    /// <param name="amount">An amount for one <see cref="Period"/>.</param>
    /// <returns>
    /// The yearly amount, rounded to the cent; null when the result is not <see cref="SalaireParseStatus.Parsed"/>
    /// or the period is <see cref="SalairePeriode.Cachet"/>. Annual amounts are returned as is; monthly ones are
    /// multiplied by <see cref="Months"/> (12 when not stated); hourly ones by <see cref="HoursPerMonth"/> × months;
    /// daily ones by <see cref="DaysPerYear"/>; weekly ones by 52.
    /// </returns>
    public decimal? ToAnnual(decimal amount) => ToAnnual(amount, HoursPerMonth, DaysPerYear);

    /// <summary>Converts an amount of this <see cref="Period"/> to a yearly amount with explicit conventions.</summary>
    /// <param name="amount">An amount for one <see cref="Period"/>.</param>
    /// <param name="hoursPerMonth">Hours paid per month, for hourly amounts (151.67 for 35 h a week).</param>
    /// <param name="daysPerYear">Days worked per year, for daily amounts.</param>
    /// <returns>The yearly amount, or null as described in <see cref="ToAnnual(decimal)"/>.</returns>
    public decimal? ToAnnual(decimal amount, decimal hoursPerMonth, decimal daysPerYear)
    {
        if (Status != SalaireParseStatus.Parsed)
        {
            return null;
        }

        var months = Months ?? 12m;
        decimal? annual = Period switch
        {
            SalairePeriode.Annuel => amount,
            SalairePeriode.Mensuel => amount * months,
            SalairePeriode.Horaire => amount * hoursPerMonth * months,
            SalairePeriode.Journalier => amount * daysPerYear,
            SalairePeriode.Hebdomadaire => amount * 52m,
            _ => null,
        };
        return annual is { } value ? decimal.Round(value, 2, MidpointRounding.AwayFromZero) : null;
    }
}
