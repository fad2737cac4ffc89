using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Harvesting;

/// <summary>The creation date of an offer cut to the second, in UTC ticks: the grain of the date windows.</summary>
internal static class CreationSecond
{
    /// <summary>Stands for an offer without a creation date.</summary>
    public const long Unknown = long.MinValue;

    /// <summary>Returns the offer's creation second, or <see cref="Unknown"/>.</summary>
    public static long Of(Offre offre) => offre.DateCreation is { } created ? Truncate(created).UtcTicks : Unknown;

    /// <summary>Cuts a date to the second, in UTC.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset value)
    {
        var ticks = value.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}
