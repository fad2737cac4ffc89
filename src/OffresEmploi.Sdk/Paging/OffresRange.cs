using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OffresEmploi.Sdk.Models;

/// <summary>A window of search results, sent as <c>range=first-last</c> (0-based, both ends included).</summary>
/// <remarks>
/// A window is only a pair of indexes; whether the API accepts it depends on the <see cref="OffresRangeLimits"/>
/// profile, checked by <see cref="Validate"/>. <see cref="Next"/> walks windows up to the cap, so a harvester can
/// combine it with any date window or criteria.
/// </remarks>
public readonly record struct OffresRange
{
    /// <summary>Initializes a new instance of the <see cref="OffresRange"/> struct.</summary>
    /// <param name="first">The 0-based index of the first result.</param>
    /// <param name="last">The 0-based index of the last result (not before <paramref name="first"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="first"/> is negative or <paramref name="last"/> is before it.</exception>
    public OffresRange(int first, int last)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfLessThan(last, first);
        First = first;
        Last = last;
    }

    /// <summary>Gets the 0-based index of the first result.</summary>
    public int First { get; }

    /// <summary>Gets the 0-based index of the last result.</summary>
    public int Last { get; }

    /// <summary>Gets the number of results the window asks for.</summary>
    public int Count => Last - First + 1;

    /// <summary>Returns the first window of <paramref name="pageSize"/> results: <c>0-(pageSize-1)</c>.</summary>
    /// <param name="pageSize">The window size, 1 to 150.</param>
    /// <returns>The window starting at index 0.</returns>
    public static OffresRange FirstPage(int pageSize = OffresRangeLimits.DefaultMaxPageSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        return new OffresRange(0, pageSize - 1);
    }

    /// <summary>Parses <c>first-last</c>.</summary>
    /// <param name="value">For example <c>0-149</c>.</param>
    /// <returns>The window.</returns>
    /// <exception cref="FormatException"><paramref name="value"/> is not two non-negative integers in order, joined by a dash.</exception>
    public static OffresRange Parse(string value) =>
        TryParse(value, out var range) ? range : throw new FormatException($"'{value}' is not a range of the form '<first>-<last>'.");

    /// <summary>Tries to parse <c>first-last</c>.</summary>
    /// <param name="value">For example <c>0-149</c>.</param>
    /// <param name="range">The window when successful.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> was valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out OffresRange range)
    {
        range = default;
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var dash = value.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0
            || !int.TryParse(value.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            || !int.TryParse(value.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var last)
            || last < first)
        {
            return false;
        }

        range = new OffresRange(first, last);
        return true;
    }

    /// <summary>
    /// Returns the window that follows this one, of <paramref name="pageSize"/> results (this window's size by
    /// default), shortened to end at <see cref="OffresRangeLimits.MaxLast"/>; or null once this window reaches
    /// the last reachable index.
    /// </summary>
    /// <param name="limits">The bounds; <see cref="OffresRangeLimits.Current"/> when null.</param>
    /// <param name="pageSize">The next window's size; this window's size when null.</param>
    /// <returns>The next window, or null at the cap.</returns>
    /// <remarks>
    /// When the following index is past <see cref="OffresRangeLimits.MaxFirst"/> but results up to
    /// <see cref="OffresRangeLimits.MaxLast"/> remain (the legacy 1000/1149 profile after <c>900-1049</c>), the
    /// next window starts at <see cref="OffresRangeLimits.MaxFirst"/> instead, as wide as allowed, and overlaps
    /// this one; skip the first <see cref="OverlapWith"/> results of that page.
    /// </remarks>
    public OffresRange? Next(OffresRangeLimits? limits = null, int? pageSize = null)
    {
        limits ??= OffresRangeLimits.Current;
        var size = pageSize ?? Count;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size, nameof(pageSize));
        var first = (long)Last + 1;
        if (first > limits.MaxLast)
        {
            return null;
        }

        if (first > limits.MaxFirst)
        {
            // Only a window starting at MaxFirst can still reach MaxLast; make it as wide as allowed.
            var widest = Math.Min((long)limits.MaxFirst + limits.MaxPageSize - 1, limits.MaxLast);
            return widest > Last ? new OffresRange(limits.MaxFirst, (int)widest) : null;
        }

        var last = Math.Min(first + Math.Min(size, limits.MaxPageSize) - 1, limits.MaxLast);
        return new OffresRange((int)first, (int)last);
    }

    /// <summary>Returns how many results at the start of this window were already covered by <paramref name="previous"/>.</summary>
    /// <param name="previous">The window requested before this one.</param>
    /// <returns>0 when the windows do not overlap.</returns>
    public int OverlapWith(OffresRange previous) =>
        previous.Last < First || previous.First > Last ? 0 : Math.Min(previous.Last, Last) - First + 1;

    /// <summary>Checks the window against the API's bounds.</summary>
    /// <param name="limits">The bounds; <see cref="OffresRangeLimits.Current"/> when null.</param>
    /// <param name="error">Why the window is refused, when it is.</param>
    /// <returns><see langword="true"/> when the API accepts the window.</returns>
    public bool IsValid(OffresRangeLimits? limits, [NotNullWhen(false)] out string? error)
    {
        limits ??= OffresRangeLimits.Current;
        error = null;
        if (Count > limits.MaxPageSize)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"The range {this} asks for {Count} results; at most {limits.MaxPageSize} are allowed per request.");
        }
        else if (First > limits.MaxFirst)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"The range {this} starts at {First}; the first index must be at most {limits.MaxFirst}.");
        }
        else if (Last > limits.MaxLast)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"The range {this} ends at {Last}; the last index must be at most {limits.MaxLast}.");
        }

        return error is null;
    }

    /// <summary>Throws when the API would refuse the window.</summary>
    /// <param name="limits">The bounds; <see cref="OffresRangeLimits.Current"/> when null.</param>
    /// <exception cref="ArgumentException">The window breaks a bound; <see cref="ArgumentException.ParamName"/> is <c>range</c>.</exception>
    public void Validate(OffresRangeLimits? limits = null)
    {
        if (!IsValid(limits, out var error))
        {
#pragma warning disable CA2208 // ParamName is the API's query parameter, which is what the caller has to fix.
            throw new ArgumentException(error, "range");
#pragma warning restore CA2208
        }
    }

    /// <summary>Formats the window as the <c>range</c> query value.</summary>
    /// <returns>For example <c>0-149</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{First}-{Last}");
}
