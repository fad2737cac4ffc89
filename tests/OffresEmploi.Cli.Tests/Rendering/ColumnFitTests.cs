using OffresEmploi.Cli.Rendering;

namespace OffresEmploi.Cli.Tests.Rendering;

public sealed class ColumnFitTests
{
    // Rows of one column: how many lines each text takes at a width, as the tables count them.
    private static Func<int, int, int[]> Texts(params string[][] columns) =>
        (column, width) => [.. columns[column].Select(text => WordWrap.LineCount(WordWrap.WordWidths(text), width))];

    [Fact]
    public void Fit_Room_GoesWhereItSavesLines()
    {
        // A title that needs 30 cells, and a place that already fits: the spare room goes to the title.
        var sizes = new ColumnFit.Size[] { new(20, 30, 10), new(16, 16, 8) };

        var widths = ColumnFit.Fit(sizes, 50, Texts(["Développeur informatique (H/F)"], ["75 - PARIS 17E"]));

        Assert.Equal([30, 16], widths);
    }

    [Fact]
    public void Fit_NoLineToSave_LeavesTheRoomUnused()
    {
        var sizes = new ColumnFit.Size[] { new(20, 40, 10), new(16, 16, 8) };

        var widths = ColumnFit.Fit(sizes, 80, Texts(["Cuisinier (H/F)"], ["74 - ANNECY"]));

        Assert.Equal([20, 16], widths);
    }

    [Fact]
    public void Fit_TooNarrow_ShrinksInProportionAboveTheFloors()
    {
        var sizes = new ColumnFit.Size[] { new(22, 40, 10), new(16, 30, 8), new(7, 7, 7) };

        var widths = ColumnFit.Fit(sizes, 35, Texts([""], [""], [""]));

        Assert.Equal(35, widths.Sum());
        Assert.Equal(7, widths[2]);
        Assert.True(widths[0] > widths[1], string.Join(",", widths));
        Assert.All(widths.Zip(sizes), pair => Assert.InRange(pair.First, pair.Second.Floor, pair.Second.Start));
    }
}
