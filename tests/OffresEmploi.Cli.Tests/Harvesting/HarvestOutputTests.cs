using OffresEmploi.Cli.Harvesting;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Output;
using OffresEmploi.Cli.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace OffresEmploi.Cli.Tests.Harvesting;

public sealed class HarvestOutputTests
{
    private const string Query = "motsCles=boulanger";
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Task<HarvestOutput> OpenAsync(HarvestFiles files, string query = Query, bool force = false) =>
        HarvestOutput.OpenAsync(files, query, force, new FakeTimeProvider(), Token);

    [Theory]
    [InlineData("out.csv")]
    [InlineData("out.jsonl")]
    [InlineData("out.parquet")]
    public async Task OpenAsync_AfterInterruption_TruncatesToCheckpointAndSkipsOffersAlreadyWritten(string name)
    {
        using var temp = new TempDirectory();
        var files = HarvestFiles.For(temp.File(name));
        await using (var first = await OpenAsync(files))
        {
            Assert.Null(first.Resumed);
            Assert.Equal(10, await first.WriteAsync(SampleOffres.Range(0, 10), Token));
            await first.CheckpointAsync("cursor-1", Token);
            _ = await first.WriteAsync(SampleOffres.Range(10, 3), Token);
        }

        // A record cut in the middle, as when the process dies mid-write.
        await File.AppendAllTextAsync(files.DataPath, "T999999,half a rec", Token);

        await using var resumed = await OpenAsync(files);
        Assert.NotNull(resumed.Resumed);
        Assert.Equal("cursor-1", resumed.Resumed.HarvesterState);
        Assert.Equal(10, resumed.Offers);
        Assert.Equal(10, await resumed.WriteAsync(SampleOffres.Range(0, 20), Token));
        Assert.Equal(10, resumed.Duplicates);
        await resumed.CompleteAsync(Token);

        Assert.False(File.Exists(files.CheckpointPath));
        var ids = files.Format == OutputFormat.Parquet
            ? (await Parquet.Serialization.ParquetSerializer.DeserializeAsync<OffreRecord>(files.OutputPath, cancellationToken: Token)).Data.Select(r => r.Id).ToList()
            : await OffreIdReader.ReadAsync(files.OutputPath, files.Format, Token);
        Assert.Equal(SampleOffres.Range(0, 20).Select(o => o.Id!), ids);
    }

    [Fact]
    public async Task OpenAsync_CheckpointOfAnotherQuery_IsRefused()
    {
        using var temp = new TempDirectory();
        var files = HarvestFiles.For(temp.File("out.jsonl"));
        await using (var first = await OpenAsync(files))
        {
            _ = await first.WriteAsync(SampleOffres.Range(0, 2), Token);
            await first.CheckpointAsync(null, Token);
        }

        var error = await Assert.ThrowsAsync<UsageException>(() => OpenAsync(files, "motsCles=plombier"));
        Assert.Contains("another harvest", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_OutputExistsWithoutCheckpoint_NeedsForce()
    {
        using var temp = new TempDirectory();
        var files = HarvestFiles.For(temp.File("out.csv"));
        await File.WriteAllTextAsync(files.OutputPath, "id\nX\n", Token);

        _ = await Assert.ThrowsAsync<UsageException>(() => OpenAsync(files));
        await using var forced = await OpenAsync(files, force: true);
        Assert.Equal(0, forced.Offers);
        await forced.CheckpointAsync(null, Token);
        Assert.Empty(await OffreIdReader.ReadAsync(files.OutputPath, OutputFormat.Csv, Token));
    }

    [Theory]
    [InlineData("out.txt")]
    [InlineData("out")]
    public void For_UnknownExtension_IsUsageError(string name) =>
        Assert.Throws<UsageException>(() => HarvestFiles.For(name));
}
