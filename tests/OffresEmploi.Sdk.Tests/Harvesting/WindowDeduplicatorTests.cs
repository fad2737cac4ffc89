using OffresEmploi.Sdk.Harvesting;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Tests.Harvesting;

/// <summary>The dedup part of a harvest alone: each offer once, memory bounded to one window.</summary>
public sealed class WindowDeduplicatorTests
{
    private static readonly DateTimeOffset Newest = new(2026, 1, 14, 18, 0, 0, TimeSpan.Zero);

    private static Offre Offre(string id, int minutesAgo) => new() { Id = id, DateCreation = Newest.AddMinutes(-minutesAgo) };

    [Fact]
    public void Fresh_OfferSeenBefore_IsDroppedAndCounted()
    {
        var sut = new WindowDeduplicator();
        _ = sut.Fresh([Offre("A", 1), Offre("B", 2)], out _);

        var fresh = sut.Fresh([Offre("B", 2), Offre("C", 3), Offre("A", 1)], out var duplicates);

        Assert.Equal(["C"], fresh.Select(o => o.Id));
        Assert.Equal(2, duplicates);
    }

    [Fact]
    public void Fresh_OfferWithoutId_IsNeverDropped()
    {
        var sut = new WindowDeduplicator();

        var fresh = sut.Fresh([new Offre(), new Offre()], out var duplicates);

        Assert.Equal(2, fresh.Count);
        Assert.Equal(0, duplicates);
    }

    [Fact]
    public void Forget_KeepsOnlyIdsThatCanComeBackInTheNextWindow()
    {
        var sut = new WindowDeduplicator();
        _ = sut.Fresh([Offre("new", 1), Offre("edge", 10), Offre("old", 20)], out _);

        sut.Forget(Newest.AddMinutes(-10).UtcTicks);

        Assert.Equal(["edge", "old"], sut.Ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Restore_IdsOfACheckpoint_AreDroppedWhenTheyComeBack()
    {
        var sut = new WindowDeduplicator();
        sut.Restore(["A", "B", "A"]);

        var fresh = sut.Fresh([Offre("A", 1), Offre("C", 2)], out var duplicates);

        Assert.Equal(["C"], fresh.Select(o => o.Id));
        Assert.Equal(1, duplicates);
        Assert.Equal(3, sut.Ids.Count);
    }

    [Fact]
    public void Forget_RestoredIdsNotSeenAgain_GoWithTheResumedWindow()
    {
        var sut = new WindowDeduplicator();
        sut.Restore(["gone", "back"]);
        _ = sut.Fresh([Offre("back", 30)], out _);

        sut.Forget(Newest.AddMinutes(-10).UtcTicks);

        Assert.Equal(["back"], sut.Ids);
    }
}
