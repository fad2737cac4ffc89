using OffresEmploi.Cli.Infrastructure;
using Spectre.Console.Testing;

namespace OffresEmploi.Cli.Tests.Infrastructure;

public sealed class ConsoleWidthTests
{
    private static Func<string, string?> Columns(string? value) => name => name == "COLUMNS" ? value : null;

    [Theory]
    [InlineData(null, false, null)]
    [InlineData(null, true, 80)]
    [InlineData("abc", false, null)]
    [InlineData("abc", true, 80)]
    [InlineData("0", true, 80)]
    [InlineData("-120", false, null)]
    [InlineData("12.5", true, 80)]
    [InlineData("", true, 80)]
    [InlineData("100", false, 100)]
    [InlineData("100", true, 100)]
    [InlineData(" 132 ", false, 132)]
    public void Resolve_ColumnsThenPipeThenTerminal(string? columns, bool redirected, int? expected) =>
        Assert.Equal(expected, ConsoleWidth.Resolve(Columns(columns), redirected));

    [Fact]
    public void Apply_Columns_SetsTheConsoleWidth()
    {
        var console = new TestConsole().Width(160);

        ConsoleWidth.Apply(console, Columns("100"), redirected: false);

        Assert.Equal(100, console.Profile.Width);
    }

    [Fact]
    public void Apply_TerminalWithoutColumns_LeavesTheConsoleWidth()
    {
        var console = new TestConsole().Width(133);

        ConsoleWidth.Apply(console, Columns(null), redirected: false);

        Assert.Equal(133, console.Profile.Width);
    }

    [Fact]
    public void Apply_Redirected_80Columns()
    {
        var console = new TestConsole().Width(200);

        ConsoleWidth.Apply(console, Columns("abc"), redirected: true);

        Assert.Equal(80, console.Profile.Width);
    }
}
