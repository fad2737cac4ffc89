using OffresEmploi.Sdk.Harvesting;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Tests.Harvesting;

/// <summary>The planning part of a harvest alone: which creation-date window follows the one just walked.</summary>
public sealed class DateWindowPlannerTests
{
    private const int Cap = 3_150;
    private static readonly DateTimeOffset Lower = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = new(2026, 1, 14, 18, 0, 0, TimeSpan.Zero);

    private static Offre Created(DateTimeOffset date, string id = "X") => new() { Id = id, DateCreation = date };

    [Fact]
    public void WindowRequest_KeepsTheCriteriaAndSortsNewestFirstBetweenTheDates()
    {
        var sut = new DateWindowPlanner(Lower, End, Cap);

        var request = sut.WindowRequest(new OffresSearchRequest { Departement = ["74"], Range = "0-149", Sort = Sort.Pertinence });

        Assert.Equal(["74"], request.Departement);
        Assert.Equal(Sort.DateCreation, request.Sort);
        Assert.Equal(Lower, request.MinCreationDate);
        Assert.Equal(End, request.MaxCreationDate);
        Assert.Null(request.Range);
    }

    [Fact]
    public void Advance_WindowWithinTheCap_IsTheLast()
    {
        var sut = new DateWindowPlanner(Lower, End, Cap);
        sut.Observe([Created(End.AddMinutes(-5))]);

        var step = sut.Advance(Cap);

        Assert.Null(step.NextEnd);
        Assert.Equal(0, step.LeftOut);
    }

    [Fact]
    public void Advance_FullWindow_EndsTheNextOneSecondAfterTheOldestOfferReached()
    {
        var sut = new DateWindowPlanner(Lower, End, Cap);
        sut.StartWindow();
        sut.Observe([Created(End.AddMinutes(-1)), Created(End.AddHours(-3).AddMilliseconds(450))]);

        var step = sut.Advance(10_000);

        Assert.Equal(End.AddHours(-3).AddSeconds(1), step.NextEnd);
        Assert.Equal(step.NextEnd, sut.WindowEnd);
    }

    [Fact]
    public void Advance_EveryOfferInOneSecond_StepsOverItAndCountsWhatItLeftOnceTheNextTotalIsKnown()
    {
        var crowded = End.AddMinutes(-1);
        var sut = new DateWindowPlanner(Lower, End, Cap);
        sut.Observe([Created(crowded), Created(crowded.AddMilliseconds(300))]);

        var step = sut.Advance(4_000);

        Assert.Equal(crowded, step.NextEnd);
        Assert.Equal(0, step.LeftOut);

        // The next window ends at that second and meets its offers again: it steps one second further back.
        sut.StartWindow();
        Assert.Equal(0, sut.SettleCrowdedSecond(3_250));
        sut.Observe([Created(crowded)]);
        Assert.Equal(crowded.AddSeconds(-1), sut.Advance(3_250).NextEnd);

        // Of the 4,000 offers, 3,150 were reached and 100 lie in the window after the second: the other 750 are out of reach.
        sut.StartWindow();
        Assert.Equal(4_000 - Cap - 100, sut.SettleCrowdedSecond(100));
        Assert.Equal(0, sut.SettleCrowdedSecond(100)); // counted once
    }

    [Fact]
    public void Advance_NoCreationDateToSplitOn_LeavesTheRestOutOfReach()
    {
        var sut = new DateWindowPlanner(Lower, End, Cap);
        sut.Observe([new Offre { Id = "A" }, new Offre { Id = "B" }]);

        var step = sut.Advance(9_000);

        Assert.Null(step.NextEnd);
        Assert.Equal(9_000 - Cap, step.LeftOut);
    }

    [Fact]
    public void Advance_AnswersIgnoringTheDateFilter_ThrowsInsteadOfWalkingForever()
    {
        var sut = new DateWindowPlanner(Lower, End, Cap);
        sut.Observe([Created(End.AddDays(2)), Created(End.AddDays(1))]);

        var ex = Assert.Throws<OffresEmploiHarvestException>(() => sut.Advance(10_000));

        Assert.Equal(HarvestStopReason.Incomplete, ex.Reason);
        Assert.Contains("ignoring minCreationDate/maxCreationDate", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Advance_PastTheOldestDateOfTheRun_Ends()
    {
        var sut = new DateWindowPlanner(End.AddHours(-1), End, Cap);
        sut.Observe([Created(End.AddHours(-2))]);

        var step = sut.Advance(5_000);

        Assert.Null(step.NextEnd);
    }
}
