using OffresEmploi.Sandbox.Search;

namespace OffresEmploi.Sandbox.Tests.Search;

public class SearchEngineKeywordTests
{
    [Theory]
    [InlineData("vendeur")]
    [InlineData("AIDE")]
    [InlineData("secretaire")]
    [InlineData("Véhicule léger")]
    [InlineData("anglais")]
    [InlineData("cuisine")]
    public void Search_MotsCles_MatchesTheSearchableFields(string keyword) =>
        SearchAssert.Matches(new SandboxSearchQuery { MotsCles = [keyword] }, o => KeywordOracle.Score(o, keyword) > 0);

    [Fact]
    public void Search_SeveralMotsCles_AllMustMatch() =>
        SearchAssert.Matches(
            new SandboxSearchQuery { MotsCles = ["agent", "entretien"] },
            o => KeywordOracle.Score(o, "agent") > 0 && KeywordOracle.Score(o, "entretien") > 0);

    [Fact]
    public void Search_MotsClesExpressionWithSpaces_MatchesConsecutiveWords() =>
        SearchAssert.Matches(
            new SandboxSearchQuery { MotsCles = ["aide soignant"] },
            o => KeywordOracle.Score(o, "aide soignant") > 0);

    [Fact]
    public void Search_MotsClesRomeCode_MatchesOffersOfThatMetier()
    {
        var rome = TestCorpus.Offers[0].Str("romeCode")!;
        SearchAssert.Matches(new SandboxSearchQuery { MotsCles = [rome.ToLowerInvariant()] }, o => o.Str("romeCode") == rome);
    }

    [Fact]
    public void Search_MotsClesUnknownWord_MatchesNothing()
    {
        var result = SearchAssert.Engine.Search(new SandboxSearchQuery { MotsCles = ["zzzqqq"] }, 0, 149);

        Assert.Equal(0, result.Total);
        Assert.Empty(result.Page);
        Assert.Empty(result.FiltresPossibles);
    }

    [Fact]
    public void Search_MotsClesAccentsAndCase_AreIgnored()
    {
        var plain = SearchAssert.Engine.Search(new SandboxSearchQuery { MotsCles = ["secretaire"] }, 0, 3149);
        var accented = SearchAssert.Engine.Search(new SandboxSearchQuery { MotsCles = ["SECRÉTAIRE"] }, 0, 3149);

        Assert.True(plain.Total > 0);
        Assert.Equal(plain.Page, accented.Page);
    }
}
