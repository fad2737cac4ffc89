using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk;

/// <summary>How <see cref="OffresSearchCriteria.Resolve"/> fills the gaps of criteria: ambiguous names, missing radius or period, the clock.</summary>
/// <remarks>Immutable, so one instance can be shared; derive variants with <c>with</c>.</remarks>
public sealed record OffresSearchCriteriaOptions
{
    /// <summary>Gets the options with every default.</summary>
    public static OffresSearchCriteriaOptions Default { get; } = new();

    /// <summary>Gets what to do when a place name fits several places.</summary>
    /// <value>Defaults to <see cref="AmbiguousPlaceHandling.Refuse"/>: a search is not silently run on the wrong Saint-Denis.</value>
    public AmbiguousPlaceHandling AmbiguousPlace { get; init; } = AmbiguousPlaceHandling.Refuse;

    /// <summary>Gets the radius in km around communes when <see cref="OffresSearchCriteria.Distance"/> is not given.</summary>
    /// <value>Defaults to null: no <c>distance</c> is sent and the API applies its own (undocumented) default.
    /// A municipal arrondissement is searched alone whatever this says (see <see cref="PlaceResolver.ToSearchArea"/>).</value>
    public int? DefaultDistanceKm { get; init; }

    /// <summary>Gets the period assumed when <see cref="OffresSearchCriteria.SalaireMin"/> comes without <see cref="OffresSearchCriteria.PeriodeSalaire"/>.</summary>
    /// <value>Defaults to null: the period must be given, since a monthly amount read as yearly silently filters out most offers.</value>
    public PeriodeSalaire? DefaultPeriodeSalaire { get; init; }

    /// <summary>
    /// Gets whether a code criterion (<see cref="OffresSearchCriteria.TypeContrat"/>, <see cref="OffresSearchCriteria.NatureContrat"/>,
    /// <see cref="OffresSearchCriteria.Experience"/>, <see cref="OffresSearchCriteria.Qualification"/>, <see cref="OffresSearchCriteria.PeriodeSalaire"/>)
    /// must be one of the codes the SDK knows (<see cref="TypeContrat.KnownValues"/>...), so a typing mistake is refused
    /// locally, with the valid codes listed, instead of by the API with an HTTP 400.
    /// </summary>
    /// <value>Defaults to <see langword="false"/>: the codes are extensible enums, and a program built today must still
    /// send a code the API adds later. A facade where a person types the codes (the CLI, the AI tools) sets it.</value>
    public bool KnownCodesOnly { get; init; }

    /// <summary>Gets the clock that gives "now" when only <see cref="OffresSearchCriteria.MinCreationDate"/> is given.</summary>
    /// <value>Defaults to <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
