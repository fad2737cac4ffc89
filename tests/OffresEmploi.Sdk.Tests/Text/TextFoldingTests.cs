
namespace OffresEmploi.Sdk.Tests.Text;

public class TextFoldingTests
{
    [Theory]
    [InlineData("Saint-Étienne", "saint etienne")]
    [InlineData("  L'Haÿ-les-Roses  ", "l hay les roses")]
    [InlineData("Œuvre d'Æthel", "oeuvre d aethel")]
    [InlineData("--", "")]
    [InlineData("", "")]
    public void Fold_LowersRemovesAccentsAndCollapsesPunctuation(string text, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(text));

    [Theory]
    [InlineData(128)]
    [InlineData(129)]
    [InlineData(5_000)]
    public void Fold_TextThatDoublesInLength_AroundAndPastTheStackBuffer(int length)
    {
        // Œ folds to two characters: the output is twice the input, the most a text can grow.
        var folded = TextFolding.Fold(new string('Œ', length) + "-É");

        Assert.Equal(string.Concat(Enumerable.Repeat("oe", length)) + " e", folded);
    }
}
