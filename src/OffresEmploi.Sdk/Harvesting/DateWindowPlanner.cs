using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Harvesting;

/// <summary>
/// The planning part of a harvest: the creation-date windows, newest first, each ending where the previous one stopped.
/// </summary>
/// <remarks>
/// <para>
/// Why windows that follow the data rather than a bisection on totals: sorting by creation date (<c>sort=1</c>) lets
/// each window end exactly at the oldest offer the previous window reached, so every window but the last is full
/// (3,150 offers, 21 full pages) and no request is spent on probing totals. Windows overlap by one second, because
/// whether <c>maxCreationDate</c> is inclusive is not documented and offers carry milliseconds.
/// </para>
/// <para>
/// A second holding more offers than the cap reaches is stepped over; the offers it leaves out are counted once the
/// next window's total is known (<see cref="SettleCrowdedSecond"/>).
/// </para>
/// </remarks>
internal sealed class DateWindowPlanner
{
    private readonly int _cap;
    private long? _oldest;
    private long? _newest;

    // A second holding more offers than the cap reaches, and the total of the window that found it.
    private long? _crowdedTicks;
    private long _crowdedWindowTotal;

    /// <summary>Initializes a new instance of the <see cref="DateWindowPlanner"/> class.</summary>
    /// <param name="lower">The oldest creation date of the run.</param>
    /// <param name="windowEnd">The newest creation date of the first (or resumed) window.</param>
    /// <param name="cap">The offers one criteria set reaches (3,150).</param>
    public DateWindowPlanner(DateTimeOffset lower, DateTimeOffset windowEnd, int cap)
    {
        Lower = lower;
        WindowEnd = windowEnd;
        _cap = cap;
    }

    /// <summary>Gets the oldest creation date of the run.</summary>
    public DateTimeOffset Lower { get; }

    /// <summary>Gets the newest creation date of the current window.</summary>
    public DateTimeOffset WindowEnd { get; private set; }

    /// <summary>Returns the request of the current window: the caller's criteria, newest first, between the dates.</summary>
    public OffresSearchRequest WindowRequest(OffresSearchRequest request) => request with
    {
        Sort = Sort.DateCreation,
        MinCreationDate = Lower,
        MaxCreationDate = WindowEnd,
        Range = null,
    };

    /// <summary>Starts (or restarts) the walk of the current window.</summary>
    public void StartWindow()
    {
        _oldest = null;
        _newest = null;
    }

    /// <summary>Notes the creation seconds of a page of the current window, duplicates included.</summary>
    public void Observe(IReadOnlyList<Offre> offres)
    {
        foreach (var offre in offres)
        {
            var second = CreationSecond.Of(offre);
            if (second == CreationSecond.Unknown)
            {
                continue;
            }

            if (_oldest is null || second < _oldest)
            {
                _oldest = second;
            }

            if (_newest is null || second > _newest)
            {
                _newest = second;
            }
        }
    }

    /// <summary>
    /// Counts the offers of a crowded second left out, once the total of the window after it is known; returns that count
    /// (0 when there was no crowded second behind the current window).
    /// </summary>
    /// <param name="nextWindowTotal">The total of the window that follows the crowded one (0 when the walk ended).</param>
    public long SettleCrowdedSecond(long nextWindowTotal)
    {
        if (_crowdedTicks is { } crowded && WindowEnd < new DateTimeOffset(crowded, TimeSpan.Zero))
        {
            _crowdedTicks = null;

            // The crowded window held the crowded second plus everything the next window holds.
            return Math.Max(0, _crowdedWindowTotal - _cap - nextWindowTotal);
        }

        return 0;
    }

    /// <summary>Decides what follows the window just walked.</summary>
    /// <param name="windowTotal">The window's total in its last walk.</param>
    /// <returns>The step: done, the next window's end, or the offers out of reach.</returns>
    /// <exception cref="OffresEmploiHarvestException">The answers ignore the date filters: the walk could not move back in time.</exception>
    public WindowStep Advance(long windowTotal)
    {
        if (windowTotal <= _cap)
        {
            return WindowStep.Done;
        }

        if (_oldest is not { } oldest)
        {
            // Past the cap and no creation date to split on: the rest of the window is out of reach.
            return WindowStep.OutOfReach(windowTotal - _cap);
        }

        var oldestSecond = new DateTimeOffset(oldest, TimeSpan.Zero);
        DateTimeOffset nextEnd;
        if (oldest == _newest)
        {
            // Every offer reached was created in the same second and more remain: that second holds more offers than
            // the cap reaches. Step past it; the ones left out are counted once the next window's total is known.
            if (_crowdedTicks != oldest)
            {
                _crowdedTicks = oldest;
                _crowdedWindowTotal = windowTotal;
            }

            nextEnd = oldestSecond;
        }
        else
        {
            // End one second after the oldest offer reached: offers of that second may lie beyond the cap, and
            // maxCreationDate may compare milliseconds or be exclusive.
            nextEnd = oldestSecond.AddSeconds(1);
        }

        if (nextEnd >= WindowEnd)
        {
            nextEnd = nextEnd > oldestSecond ? oldestSecond : WindowEnd.AddSeconds(-1);
        }

        // With the filter applied, the oldest offer reached is inside the window and the end always moves back. If it
        // does not, the answers ignore minCreationDate/maxCreationDate, and walking on would never end.
        if (nextEnd >= WindowEnd)
        {
            throw new OffresEmploiHarvestException(
                $"The complete retrieval stopped: the API announced {windowTotal} matching offers but answered the creation-date window ending {WindowEnd:O} " +
                $"with offers created up to {oldestSecond:O} or later, so the walk cannot move back in time. The API (or a proxy) is ignoring minCreationDate/maxCreationDate.")
            {
                Status = 200,
                Reason = HarvestStopReason.Incomplete,
            };
        }

        WindowEnd = nextEnd;

        // Past the oldest date of the run: the walk is over, and a crowded second behind it has nothing after it.
        return WindowEnd < Lower ? WindowStep.OutOfReach(SettleCrowdedSecond(0)) : WindowStep.Next(nextEnd);
    }
}

/// <summary>What follows a walked window.</summary>
/// <param name="NextEnd">The newest creation date of the next window; null when the walk ends.</param>
/// <param name="LeftOut">The offers of the window that no request can reach.</param>
internal readonly record struct WindowStep(DateTimeOffset? NextEnd, long LeftOut)
{
    public static WindowStep Done => default;

    public static WindowStep Next(DateTimeOffset end) => new(end, 0);

    public static WindowStep OutOfReach(long leftOut) => new(null, leftOut);
}
