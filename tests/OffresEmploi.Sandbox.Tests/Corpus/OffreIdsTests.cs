using OffresEmploi.Sandbox.Corpus;

namespace OffresEmploi.Sandbox.Tests.Corpus;

public class OffreIdsTests
{
    [Theory]
    [InlineData(false, 0, "000AAAA")]
    [InlineData(false, 456_975, "000ZZZZ")]
    [InlineData(false, 456_976, "001AAAA")]
    [InlineData(true, 664_580, "0664580")]
    public void Format_WritesTheApiShapes(bool partner, int number, string id) =>
        Assert.Equal(id, OffreIds.Format(partner, number));

    [Theory]
    [InlineData("196CWQH")]
    [InlineData("0603040")]
    [InlineData("999ZZZZ")]
    public void TryParse_RoundTripsWithFormat(string id)
    {
        Assert.True(OffreIds.TryParse(id, out var partner, out var number));
        Assert.Equal(id, OffreIds.Format(partner, number));
    }

    [Theory]
    [InlineData("")]
    [InlineData("196CWQ")]
    [InlineData("196cwqh")]
    [InlineData("19ACWQH")]
    [InlineData("196CW1H")]
    public void TryParse_RejectsOtherShapes(string id) => Assert.False(OffreIds.TryParse(id, out _, out _));
}
