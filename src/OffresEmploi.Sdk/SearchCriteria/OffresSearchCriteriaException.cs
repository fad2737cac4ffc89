using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk;

/// <summary>
/// A criterion of <see cref="OffresSearchCriteria"/> that cannot be used: a place that matches nothing, an ambiguous name,
/// criteria that contradict each other, a value the API would refuse (<see cref="OffresSearchRequestValidator"/>). <see cref="Criterion"/> names the property, the message says the rule.
/// </summary>
/// <remarks>
/// The message names criteria by their property names ("Distance applies around a commune: ..."). A facade that shows
/// them under other names (a CLI option <c>--distance</c>, a tool argument <c>radius_km</c>) calls
/// <see cref="FormatMessage"/> with its own names, so the user reads the names they typed.
/// </remarks>
public sealed class OffresSearchCriteriaException : ArgumentException
{
    private readonly Func<Func<string, string>, string> _format;

    /// <summary>Initializes a new instance of the <see cref="OffresSearchCriteriaException"/> class.</summary>
    public OffresSearchCriteriaException()
        : this("A search criterion cannot be used.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="OffresSearchCriteriaException"/> class.</summary>
    /// <param name="message">The message that describes the error.</param>
    public OffresSearchCriteriaException(string message)
        : this(message, innerException: null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="OffresSearchCriteriaException"/> class.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The failure that caused this one, if any.</param>
    public OffresSearchCriteriaException(string message, Exception? innerException)
        : base(message, innerException)
    {
        _format = _ => message;
        Criterion = "";
    }

    /// <summary>Builds the exception for a rule whose wording names criteria through <paramref name="format"/>.</summary>
    /// <param name="criterion">The property of <see cref="OffresSearchCriteria"/> at fault.</param>
    /// <param name="format">Writes the message given a function that names a criterion.</param>
    internal OffresSearchCriteriaException(string criterion, Func<Func<string, string>, string> format)
        : base(format(static name => name), criterion)
    {
        _format = format;
        Criterion = criterion;
    }

    /// <summary>Gets the name of the <see cref="OffresSearchCriteria"/> property at fault (<c>Commune</c>, <c>Distance</c>...); empty when none was given.</summary>
    public string Criterion { get; }

    /// <summary>Gets the message, naming criteria by their property names.</summary>
    public override string Message => _format(static name => name);

    /// <summary>Writes the message with the caller's names for the criteria.</summary>
    /// <param name="criterionName">Gives the name to show for a property name of <see cref="OffresSearchCriteria"/>
    /// (<c>"Distance"</c> to <c>"--distance"</c>); return the name unchanged for criteria the caller does not rename.</param>
    /// <returns>The message: <c>--distance applies around a commune: also give one in --commune or --near.</c></returns>
    /// <exception cref="ArgumentNullException"><paramref name="criterionName"/> is null.</exception>
    public string FormatMessage(Func<string, string> criterionName)
    {
        ArgumentNullException.ThrowIfNull(criterionName);
        return _format(criterionName);
    }
}
