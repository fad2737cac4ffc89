using System.Text.Json.Nodes;
using OffresEmploi.Sandbox.Corpus;

namespace OffresEmploi.Sandbox.Tests.Corpus;

/// <summary>The market on later days (<see cref="CorpusOptions.Day"/>), checked offer by offer against day 0's JSON.</summary>
public class MarketDayTests
{
    private static readonly OffreCorpus Day0 = TestCorpus.Corpus;

    private static readonly Lazy<OffreCorpus> s_day3 = new(() => Day(3));

    private static OffreCorpus Day3 => s_day3.Value;

    private static OffreCorpus Day(int day) => OffreCorpus.Build(Day0.Options with { Day = day });

    private static Dictionary<string, int> IndexById(OffreCorpus corpus) =>
        Enumerable.Range(0, corpus.Count).ToDictionary(corpus.GetId, i => i, StringComparer.Ordinal);

    private static string Json(OffreCorpus corpus, int index) => TestCorpus.ToJson(corpus, index).GetRawText();

    [Fact]
    public void Build_DayThree_KeepsEveryOfferNotUpdatedByteForByte()
    {
        var before = IndexById(Day0);
        var updated = MarketChanges.Between(Day0, Day3).Updated.ToHashSet(StringComparer.Ordinal);
        var kept = 0;

        for (var i = 0; i < Day3.Count; i++)
        {
            var id = Day3.GetId(i);
            if (before.TryGetValue(id, out var old) && !updated.Contains(id))
            {
                Assert.Equal(Json(Day0, old), Json(Day3, i));
                kept++;
            }
        }

        Assert.InRange(kept, Day0.Count * 8 / 10, Day0.Count);
    }

    [Fact]
    public void Build_DayThree_AddsOffersCreatedInTheThreeDaysAfterNow_WithIdsAfterDayZerosOnes()
    {
        var now = Day0.Options.Now;
        var changes = MarketChanges.Between(Day0, Day3);
        var index = IndexById(Day3);
        var lastFranceTravail = Day0.GetId(Enumerable.Range(0, Day0.Count).Last(i => !IsPartner(Day0, i)));
        var lastPartner = Day0.GetId(Enumerable.Range(0, Day0.Count).Last(i => IsPartner(Day0, i)));

        Assert.NotEmpty(changes.Added);
        Assert.All(changes.Added, id =>
        {
            var created = Day3.GetDateCreation(index[id]);
            Assert.InRange(created, now.AddMilliseconds(1), now.AddDays(3));
            Assert.True(string.CompareOrdinal(id, IsPartner(Day3, index[id]) ? lastPartner : lastFranceTravail) > 0, id);
            Assert.False(Day0.TryFindById(id, out _));
        });
    }

    [Fact]
    public void Build_DayThree_StaysInCreationOrder_AndFindsEveryOfferById()
    {
        for (var i = 1; i < Day3.Count; i++)
        {
            Assert.True(Day3.GetDateCreation(i - 1) <= Day3.GetDateCreation(i));
        }

        for (var i = 0; i < Day3.Count; i++)
        {
            Assert.True(Day3.TryFindById(Day3.GetId(i), out var found));
            Assert.Equal(i, found);
        }
    }

    [Fact]
    public void Build_DayThree_NewOffersAreDrawnLikeDayZeroOffers()
    {
        var added = MarketChanges.Between(Day0, Day3).Added;
        var offers = added.Select(id => Day3.TryFindById(id, out var i) ? TestCorpus.ToJson(Day3, i) : default).ToList();

        // The same blocks as day 0's offers, and the same share of partner offers (30 %, loosely: a few hundred offers).
        var names = TestCorpus.Offers.SelectMany(o => o.EnumerateObject().Select(p => p.Name)).ToHashSet();
        Assert.All(offers, o => Assert.Subset(names, o.EnumerateObject().Select(p => p.Name).ToHashSet()));
        Assert.InRange(offers.Count(o => o.Str("origineOffre", "origine") == "2") / (double)offers.Count, 0.2, 0.4);
        Assert.Equal(offers.Count, offers.Select(o => o.Str("description")).Distinct().Count());
    }

    [Fact]
    public void Build_DayThree_NewOfferHasTheAttributesDayZeroDrawsAtItsGenerationIndex()
    {
        // Offers updated since their creation (day 2 or 3) have more posts: left out.
        var added = MarketChanges.Between(Day0, Day3).Added.Select(id => Day3.TryFindById(id, out var i) ? i : -1).Where(i => Day3.GetRevision(i) == 0).ToList();
        var generations = added.Select(Day3.GenerationOf).ToList();
        var larger = OffreCorpus.Build(Day0.Options with { Size = generations.Max() + 1 });

        // Dates and ids come from each day's own sequence; every other byte comes from (seed, generation index).
        static string Attributes(OffreCorpus corpus, int index)
        {
            var json = JsonNode.Parse(Json(corpus, index))!.AsObject();
            json.Remove("dateCreation");
            json.Remove("dateActualisation");
            return json.ToJsonString().Replace(corpus.GetId(index), "ID", StringComparison.Ordinal).Replace(corpus.GetId(index).ToLowerInvariant(), "id", StringComparison.Ordinal);
        }

        Assert.True(generations.Min() >= Day0.Count);
        Assert.All(added.Zip(generations), pair => Assert.Equal(Attributes(larger, pair.Second), Attributes(Day3, pair.First)));
    }

    [Fact]
    public void Build_DayThree_VanishedOffersAreGoneForGood()
    {
        var vanished = MarketChanges.Between(Day0, Day3).Vanished;
        var day5 = Day(5);

        Assert.NotEmpty(vanished);
        Assert.All(vanished, id =>
        {
            Assert.True(Day0.TryFindById(id, out _));
            Assert.False(Day3.TryFindById(id, out _));
            Assert.False(day5.TryFindById(id, out _));
        });
    }

    [Fact]
    public void Build_DayThree_UpdatedOffersChangeOnlyDateActualisationAndNombrePostes()
    {
        var now = Day0.Options.Now;
        var before = IndexById(Day0);
        var updated = MarketChanges.Between(Day0, Day3).Updated;

        Assert.NotEmpty(updated);
        Assert.All(updated, id =>
        {
            Assert.True(Day3.TryFindById(id, out var i));
            var old = JsonNode.Parse(Json(Day0, before[id]))!.AsObject();
            var current = JsonNode.Parse(Json(Day3, i))!.AsObject();
            Assert.InRange(DateTimeOffset.Parse(current["dateActualisation"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture), now, now.AddDays(3));
            Assert.NotEqual(old["nombrePostes"]!.GetValue<int>(), current["nombrePostes"]!.GetValue<int>());
            foreach (var changed in (string[])["dateActualisation", "nombrePostes"])
            {
                old.Remove(changed);
                current.Remove(changed);
            }

            Assert.Equal(old.ToJsonString(), current.ToJsonString());
        });
    }

    [Fact]
    public void Build_SameDayTwice_GivesTheSameMarket()
    {
        var again = Day(3);

        Assert.Equal(Day3.Count, again.Count);
        Assert.All(Enumerable.Range(0, again.Count), i => Assert.Equal(Json(Day3, i), Json(again, i)));
    }

    [Fact]
    public void Build_LaterDay_ContinuesTheEarlierOne()
    {
        var day5 = Day(5);
        var changes = MarketChanges.Between(Day3, day5);
        var unchanged = IndexById(Day3).Keys.Except(changes.Vanished).Except(changes.Updated).ToList();

        Assert.All(changes.Added, id => Assert.True(day5.TryFindById(id, out var i) && day5.GetDateCreation(i) > Day0.Options.Now.AddDays(3)));
        Assert.All(unchanged, id =>
        {
            Assert.True(Day3.TryFindById(id, out var a));
            Assert.True(day5.TryFindById(id, out var b));
            Assert.Equal(Json(Day3, a), Json(day5, b));
        });
    }

    [Fact]
    public void Build_ThirtyDaysLater_KeepsTheMarketAboutItsSize_AndUpdatesAboutFivePercentADay()
    {
        var day1 = Day(1);
        var day30 = Day(30);
        var firstDay = MarketChanges.Between(Day0, day1);

        Assert.InRange(day30.Count, Day0.Count * 0.9, Day0.Count * 1.1);
        Assert.InRange(firstDay.Updated.Count, Day0.Count * 0.035, Day0.Count * 0.065);
        Assert.InRange(firstDay.Added.Count, Day0.Count * 0.005, Day0.Count * 0.03);
        Assert.InRange(firstDay.Vanished.Count, Day0.Count * 0.005, Day0.Count * 0.03);
        Assert.All(Enumerable.Range(0, day30.Count), i => Assert.InRange(
            day30.GetDateCreation(i), Day0.Options.Now.AddDays(30) - OffreGenerator.CreationWindow, Day0.Options.Now.AddDays(30)));
    }

    [Fact]
    public void GetOffres_ListsIdsAndDatesAsTheJsonShowsThem()
    {
        var offres = Day3.GetOffres();

        Assert.Equal(Day3.Count, offres.Count);
        Assert.All(Enumerable.Range(0, Day3.Count), i =>
        {
            var json = TestCorpus.ToJson(Day3, i);
            Assert.Equal(json.Str("id"), offres[i].Id);
            Assert.Equal(json.Created(), offres[i].DateCreation);
            Assert.Equal(json.Str("dateActualisation"), offres[i].DateActualisation?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
        });
        Assert.Contains(offres, o => o.Revision > 0);
    }

    [Fact]
    public void MarketChanges_AddedAndVanishedTakeDayZeroToDayThree()
    {
        var changes = MarketChanges.Between(Day0, Day3);

        var expected = IndexById(Day0).Keys.Except(changes.Vanished).Concat(changes.Added).Order(StringComparer.Ordinal);

        Assert.Equal(expected, IndexById(Day3).Keys.Order(StringComparer.Ordinal));
        Assert.Equal((0, 3), (changes.FromDay, changes.ToDay));
        Assert.Empty(changes.Updated.Intersect(changes.Added));
    }

    [Fact]
    public void MarketChanges_SameDay_FindsNothing()
    {
        var changes = MarketChanges.Between(Day3, Day(3));

        Assert.Empty(changes.Added);
        Assert.Empty(changes.Vanished);
        Assert.Empty(changes.Updated);
    }

    [Fact]
    public void MarketChanges_OtherMarketOrDaysReversed_Throws()
    {
        var otherSeed = OffreCorpus.Build(Day0.Options with { Seed = 12, Day = 3 });

        Assert.Equal("later", Assert.Throws<ArgumentException>(() => MarketChanges.Between(Day0, otherSeed)).ParamName);
        Assert.Equal("later", Assert.Throws<ArgumentException>(() => MarketChanges.Between(Day3, Day0)).ParamName);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(366)]
    public void Build_DayOutOfRange_Throws(int day) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OffreCorpus.Build(new CorpusOptions { Size = 10, Day = day }));

    [Fact]
    public void Build_EmptyCorpus_StaysEmptyOnLaterDays() =>
        Assert.Equal(0, OffreCorpus.Build(new CorpusOptions { Size = 0, Day = 10 }).Count);

    private static bool IsPartner(OffreCorpus corpus, int index) => TestCorpus.ToJson(corpus, index).Str("origineOffre", "origine") == "2";
}
