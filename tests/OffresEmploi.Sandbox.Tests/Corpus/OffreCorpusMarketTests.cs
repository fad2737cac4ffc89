using System.Text.Json;

namespace OffresEmploi.Sandbox.Tests.Corpus;

/// <summary>The generated market follows the real one where it matters to a search: which métiers are offered, on which
/// contracts, at which qualification and pay (issue #14: plausible queries must find offers).</summary>
public class OffreCorpusMarketTests
{
    private static IReadOnlyList<JsonElement> Offers => TestCorpus.Offers;

    [Fact]
    public void Metiers_InDemandAreOfferedMoreOftenThanRareOnes()
    {
        var byRome = Offers.CountBy(o => o.Str("romeCode")!).ToDictionary();

        // Same grand domaine, weights 14 and 1 (metiers-demande.tsv): web developers, meteorologists.
        Assert.True(byRome.GetValueOrDefault("M1805") > 5 * Math.Max(1, byRome.GetValueOrDefault("M1809")), $"M1805 {byRome.GetValueOrDefault("M1805")}, M1809 {byRome.GetValueOrDefault("M1809")}");
        // Cleaners and carers against prefects.
        Assert.True(byRome.GetValueOrDefault("K2204") > 5 * Math.Max(1, byRome.GetValueOrDefault("K1405")));
        Assert.True(byRome.GetValueOrDefault("J1501") > 5 * Math.Max(1, byRome.GetValueOrDefault("J1103")));
    }

    [Fact]
    public void TypeContrat_DependsOnTheMetier_AndIsAboutHalfCdiOverall()
    {
        double CdiShare(Func<string, bool> rome)
        {
            var offers = Offers.Where(o => rome(o.Str("romeCode")!)).ToArray();
            return offers.Count(o => o.Str("typeContrat") == "CDI") / (double)offers.Length;
        }

        Assert.InRange(CdiShare(_ => true), 0.42, 0.55);
        Assert.InRange(CdiShare(r => r.StartsWith("M18", StringComparison.Ordinal)), 0.68, 0.9);
        Assert.InRange(CdiShare(r => r[0] == 'G'), 0.2, 0.42);
    }

    [Fact]
    public void Qualification_ManagersAndExpertsAreMostlyCadres_ShopWorkersRarely()
    {
        double CadreShare(params string[] romes)
        {
            var offers = Offers.Where(o => romes.Contains(o.Str("romeCode")) && o.Str("qualificationCode") is not null).ToArray();
            Assert.NotEmpty(offers);
            return offers.Count(o => o.Str("qualificationCode") == "9") / (double)offers.Length;
        }

        // "Ingénieur", "Directeur", "Responsable", "Chef comptable"... in the métier's label.
        Assert.InRange(CadreShare("M1802", "M1803", "M1206", "M1205", "H1206", "F1106", "M1705", "N1301"), 0.6, 0.9);
        Assert.InRange(CadreShare("D1507", "D1505", "K2204", "G1803", "N1103"), 0, 0.1);
    }

    [Fact]
    public void Salary_GrowsWithTheExperienceAsked_AtTheSameQualification()
    {
        var corpus = TestCorpus.Corpus;
        double MeanMonthly(Func<int, bool> experienceMonths) => Enumerable.Range(0, corpus.Count)
            .Where(i => corpus.Qualification[i] == 6 && corpus.SalaryPeriod[i] == 1 && experienceMonths(corpus.ExperienceMonths[i]))
            .Average(i => corpus.SalaryMin[i]);

        var novices = MeanMonthly(m => m == 0);
        var seniors = MeanMonthly(m => m >= 60);

        Assert.InRange(seniors / novices, 1.1, 1.4);
    }
}
