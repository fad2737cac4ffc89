using System.Text.Json;
using OffresEmploi.Sdk.AI.Arguments;

namespace OffresEmploi.Sdk.AI.Tests.Arguments;

public class ToolArgumentsTests
{
    private static readonly string[] Names = ["n", "list", "flag", "text"];

    [Fact]
    public void Values_FromJsonOrClr_ReadTheSame()
    {
        using var json = JsonDocument.Parse("""{"n":"12","list":"a, b","flag":"true","text":"  hi  "}""");
        var fromJson = new ToolArguments(json.RootElement.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, p.Value.Clone())), Names);
        var fromClr = new ToolArguments([new("n", 12L), new("list", new[] { "a", "b" }), new("flag", true), new("text", "hi")], Names);

        foreach (var arguments in new[] { fromJson, fromClr })
        {
            Assert.Equal(12, arguments.Integer("n", 0, 20));
            Assert.Equal(["a", "b"], arguments.List("list", 5)!);
            Assert.True(arguments.Boolean("flag"));
            Assert.Equal("hi", arguments.String("text"));
        }
    }

    [Fact]
    public void UnpairedSurrogate_IsAnArgumentError_NotACrash()
    {
        using var json = JsonDocument.Parse("""{"text":"\uD83D x","list":["\uDE00"]}""");
        var arguments = new ToolArguments(json.RootElement.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, p.Value.Clone())), Names);

        Assert.Contains("'text'", Assert.Throws<ToolArgumentException>(() => arguments.String("text")).Message, StringComparison.Ordinal);
        Assert.Contains("'list'", Assert.Throws<ToolArgumentException>(() => arguments.List("list", 5)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberBeyondDouble_IsAnArgumentError_NotACrash()
    {
        using var json = JsonDocument.Parse("""{"n":1e400}""");
        var arguments = new ToolArguments(json.RootElement.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, p.Value.Clone())), Names);

        Assert.Contains("Invalid argument 'n'", Assert.Throws<ToolArgumentException>(() => arguments.Number("n", 0, 10)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullValues_AreAbsent()
    {
        using var json = JsonDocument.Parse("""{"n":null}""");
        var arguments = new ToolArguments(json.RootElement.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, p.Value.Clone())), Names);

        Assert.Null(arguments.Integer("n", 0, 1));
        Assert.False(arguments.Has("n"));
    }

    [Theory]
    [InlineData(2.5, "an integer from 0 to 20 (got 2.5)")]
    [InlineData(21L, "an integer from 0 to 20 (got 21)")]
    public void Integer_OutOfRange_NamesArgumentRangeAndValue(object value, string expected)
    {
        var arguments = new ToolArguments([new("n", value)], Names);

        var error = Assert.Throws<ToolArgumentException>(() => arguments.Integer("n", 0, 20));

        Assert.Contains("'n'", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Choice_IsCaseInsensitive_AndReturnsTheCanonicalSpelling()
    {
        var arguments = new ToolArguments([new("text", "cdi")], Names);

        Assert.Equal("CDI", arguments.Choice("text", ["CDD", "CDI"]));
    }

    [Fact]
    public void UnknownArgument_ListsTheValidOnes()
    {
        var error = Assert.Throws<ToolArgumentException>(() => new ToolArguments([new("other", 1)], Names));

        Assert.Contains("'other'", error.Message, StringComparison.Ordinal);
        Assert.Contains("n, list, flag, text", error.Message, StringComparison.Ordinal);
    }
}
