using OffresEmploi.CodeGen.Naming;

namespace OffresEmploi.Tools.Tests.CodeGen;

public class CSharpNamesTests
{
    [Theory]
    [InlineData("lieuTravail", "LieuTravail")]
    [InlineData("codeROME", "CodeRome")]
    [InlineData("codeNAF", "CodeNaf")]
    [InlineData("offresMRS", "OffresMrs")]
    [InlineData("accessibleTH", "AccessibleTH")]
    [InlineData("ROMECode", "RomeCode")]
    [InlineData("dureeHebdoMin", "DureeHebdoMin")]
    [InlineData("access_token", "AccessToken")]
    [InlineData("x-trace-id", "XTraceId")]
    [InlineData("CDI", "Cdi")]
    [InlineData("E1", "E1")]
    [InlineData("C1E", "C1E")]
    [InlineData("NV4b", "NV4B")]
    [InlineData("recupererListeOffre", "RecupererListeOffre")]
    public void ToPascalCase_ApiName_FollowsTheNamingRules(string apiName, string expected) =>
        Assert.Equal(expected, CSharpNames.ToPascalCase(apiName));

    [Theory]
    [InlineData("01")]
    [InlineData("9C")]
    [InlineData("")]
    [InlineData("--")]
    public void ToPascalCase_NameWithoutIdentifier_ReturnsNull(string apiName) =>
        Assert.Null(CSharpNames.ToPascalCase(apiName));

    [Theory]
    [InlineData("Id", "id")]
    [InlineData("XTrace", "xTrace")]
    [InlineData("TH", "th")]
    [InlineData("URLValue", "urlValue")]
    [InlineData("Event", "@event")]
    public void ToCamelCase_PascalName_LowersTheFirstWord(string pascal, string expected) =>
        Assert.Equal(expected, CSharpNames.ToCamelCase(pascal));
}
