using System.Text.Json;
using System.Text.RegularExpressions;
using OffresEmploi.Sandbox.Corpus;

namespace OffresEmploi.Sandbox.Tests.Corpus;

public partial class OffreCorpusTests
{
    private static readonly OffreCorpus Corpus = TestCorpus.Corpus;

    private static string AllJson(OffreCorpus corpus) =>
        string.Join('\n', Enumerable.Range(0, corpus.Count).Select(i => TestCorpus.ToJson(corpus, i).GetRawText()));

    [Fact]
    public void Build_SameOptions_GivesTheSameOffers()
    {
        var options = new CorpusOptions { Seed = 5, Size = 500, Now = TestCorpus.Now };

        Assert.Equal(AllJson(OffreCorpus.Build(options)), AllJson(OffreCorpus.Build(options)));
    }

    [Fact]
    public void Build_OtherSeed_GivesOtherOffers()
    {
        var a = OffreCorpus.Build(new CorpusOptions { Seed = 5, Size = 200, Now = TestCorpus.Now });
        var b = OffreCorpus.Build(new CorpusOptions { Seed = 6, Size = 200, Now = TestCorpus.Now });

        Assert.NotEqual(
            Enumerable.Range(0, 200).Select(i => TestCorpus.ToJson(a, i).Str("intitule")),
            Enumerable.Range(0, 200).Select(i => TestCorpus.ToJson(b, i).Str("intitule")));
    }

    [Fact]
    public void Build_LargeCorpusInParallel_IsDeterministicToo()
    {
        var options = new CorpusOptions { Seed = 9, Size = 60_000, Now = TestCorpus.Now };
        var a = OffreCorpus.Build(options);
        var b = OffreCorpus.Build(options);

        Assert.Equal(60_000, a.Count);
        Assert.All(new[] { 0, 12_345, 59_999 }, i => Assert.Equal(TestCorpus.ToJson(a, i).GetRawText(), TestCorpus.ToJson(b, i).GetRawText()));
    }

    [Fact]
    public void Ids_AreSevenAlphanumericCharactersAndUnique()
    {
        var ids = TestCorpus.Offers.Select(o => o.Str("id")!).ToArray();

        Assert.All(ids, id => Assert.Matches(IdPattern(), id));
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void TryFindById_FindsEveryOfferAndRejectsOthers()
    {
        for (var i = 0; i < Corpus.Count; i += 7)
        {
            Assert.True(Corpus.TryFindById(Corpus.GetId(i), out var found));
            Assert.Equal(i, found);
        }

        Assert.False(Corpus.TryFindById("000AAAA", out _));
        Assert.False(Corpus.TryFindById("9999999", out _));
        Assert.False(Corpus.TryFindById("ABC", out _));
        Assert.False(Corpus.TryFindById("12-4567", out _));
    }

    [Fact]
    public void DateCreation_SpreadOverNinetyDaysBeforeNow_InIndexOrder()
    {
        var dates = TestCorpus.Offers.Select(o => o.Created()).ToArray();

        Assert.All(dates, d => Assert.InRange(d, TestCorpus.Now.AddDays(-90), TestCorpus.Now));
        Assert.True(dates.Zip(dates.Skip(1)).All(p => p.First <= p.Second));
        Assert.True(dates[0] < TestCorpus.Now.AddDays(-85));
        Assert.True(dates[^1] > TestCorpus.Now.AddDays(-1));
        Assert.Contains(TestCorpus.Offers, o => !o.Str("dateCreation")!.EndsWith(".000Z", StringComparison.Ordinal));
    }

    [Fact]
    public void DateCreation_MostlyOnWeekdaysDuringOfficeHours()
    {
        var local = TestCorpus.Offers.Select(o => o.Created().ToOffset(TimeSpan.FromHours(1))).ToArray();

        var office = local.Count(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && d.Hour is >= 8 and < 19);
        var sundays = local.Count(d => d.DayOfWeek == DayOfWeek.Sunday);
        var nights = local.Count(d => d.Hour < 6);

        Assert.InRange(office / (double)local.Length, 0.6, 0.9);
        Assert.InRange(sundays / (double)local.Length, 0.01, 0.08);
        Assert.InRange(nights / (double)local.Length, 0.001, 0.05);
    }

    [Fact]
    public void DateActualisation_IsBetweenCreationAndNow()
    {
        foreach (var o in TestCorpus.Offers.Where(o => o.Str("dateActualisation") is not null))
        {
            var updated = DateTimeOffset.Parse(o.Str("dateActualisation")!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(updated, o.Created(), TestCorpus.Now);
        }
    }

    [Fact]
    public void PartnerOffers_AreAboutAThird_WithPartnerDetails()
    {
        var partners = TestCorpus.Offers.Where(o => o.Str("origineOffre", "origine") == "2").ToArray();

        Assert.InRange(partners.Length / (double)Corpus.Count, 0.25, 0.35);
        Assert.All(partners, o =>
        {
            var p = Assert.Single(o.GetProperty("origineOffre").Items("partenaires"));
            Assert.False(string.IsNullOrEmpty(p.Str("nom")));
            Assert.StartsWith("https://", p.Str("url"), StringComparison.Ordinal);
            Assert.EndsWith(".000Z", o.Str("dateCreation"), StringComparison.Ordinal);
            Assert.Matches("^[0-9]{7}$", o.Str("id")!);
        });
        Assert.All(TestCorpus.Offers.Where(o => o.Str("origineOffre", "origine") == "1"), o =>
            Assert.False(o.GetProperty("origineOffre").TryGetProperty("partenaires", out _)));
    }

    [Theory]
    [InlineData("dateActualisation", 0.88, 0.99)]
    [InlineData("experienceLibelle", 0.88, 0.99)]
    [InlineData("codeNAF", 0.6, 0.85)]
    [InlineData("contact", 0.45, 0.65)]
    [InlineData("qualificationCode", 0.6, 0.8)]
    [InlineData("competences", 0.4, 0.6)]
    [InlineData("permis", 0.1, 0.2)]
    [InlineData("formations", 0.1, 0.2)]
    [InlineData("langues", 0.05, 0.12)]
    [InlineData("deplacementCode", 0.2, 0.32)]
    public void OptionalBlocks_AppearAboutAsOftenAsInRealOffers(string field, double min, double max)
    {
        var share = TestCorpus.Offers.Count(o => o.TryGetProperty(field, out _)) / (double)Corpus.Count;

        Assert.InRange(share, min, max);
    }

    [Fact]
    public void Offers_CoverManyMetiersCommunesAndContracts()
    {
        Assert.True(TestCorpus.Offers.Select(o => o.Str("romeCode")).Distinct().Count() > 300);
        Assert.True(TestCorpus.Offers.Select(o => o.Str("lieuTravail", "commune")).Distinct().Count() > 1000);
        Assert.True(TestCorpus.Offers.Select(o => o.Str("typeContrat")).Distinct().Count() >= 9);
        Assert.True(TestCorpus.Offers.Select(o => o.Str("lieuTravail", "libelle")!.Split(" - ")[0]).Distinct().Count() > 95);
    }

    [GeneratedRegex("^[0-9]{3}[A-Z]{4}$|^[0-9]{7}$")]
    private static partial Regex IdPattern();
}
