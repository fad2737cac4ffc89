using System.ComponentModel.DataAnnotations;

namespace OffresEmploi.Sdk;

/// <summary>
/// The bounds the API puts on the <c>range=p-d</c> parameter: the largest first index, the largest last index
/// and the largest window.
/// </summary>
/// <remarks>
/// <para>
/// The publisher's specification (2024 and 2026 copies) says p ≤ 3000 and d ≤ 3149 with at most 150 results per
/// request (<see cref="Current"/>). Until about 2021 the bounds were 1000 and 1149 (<see cref="Legacy"/>), and
/// some recent third-party docs still repeat them, so the profile is configurable.
/// </para>
/// <para>
/// This is a plain mutable class so that it binds from configuration (<c>OffresEmploi:RangeLimits:MaxFirst</c>).
/// <see cref="Current"/> and <see cref="Legacy"/> return a new instance on every call.
/// </para>
/// </remarks>
public sealed class OffresRangeLimits
{
    /// <summary>The first index allowed by the current API (3000).</summary>
    public const int CurrentMaxFirst = 3000;

    /// <summary>The last index allowed by the current API (3149).</summary>
    public const int CurrentMaxLast = 3149;

    /// <summary>The largest window (150 results per request).</summary>
    public const int DefaultMaxPageSize = 150;

    /// <summary>Gets the current limits: first ≤ 3000, last ≤ 3149, window ≤ 150.</summary>
    public static OffresRangeLimits Current => new();

    /// <summary>Gets the limits the API had until about 2021: first ≤ 1000, last ≤ 1149, window ≤ 150.</summary>
    public static OffresRangeLimits Legacy => new() { MaxFirst = 1000, MaxLast = 1149 };

    /// <summary>Gets or sets the largest first index <c>p</c> the API accepts.</summary>
    /// <value>Defaults to 3000.</value>
    [Range(0, int.MaxValue - 1)]
    public int MaxFirst { get; set; } = CurrentMaxFirst;

    /// <summary>Gets or sets the largest last index <c>d</c> the API accepts.</summary>
    /// <value>Defaults to 3149.</value>
    [Range(0, int.MaxValue - 1)]
    public int MaxLast { get; set; } = CurrentMaxLast;

    /// <summary>Gets or sets the largest number of results one request may ask for (<c>d - p + 1</c>).</summary>
    /// <value>Defaults to 150.</value>
    [Range(1, 10_000)]
    public int MaxPageSize { get; set; } = DefaultMaxPageSize;

    /// <summary>Gets the number of results reachable for one set of criteria (<see cref="MaxLast"/> + 1).</summary>
    public int MaxResults => MaxLast + 1;

    /// <inheritdoc />
    public override string ToString() => $"first ≤ {MaxFirst}, last ≤ {MaxLast}, window ≤ {MaxPageSize}";
}
