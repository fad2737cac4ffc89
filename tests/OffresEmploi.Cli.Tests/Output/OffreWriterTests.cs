using CsvHelper;
using OffresEmploi.Cli.Output;
using OffresEmploi.Cli.Tests.TestSupport;
using OffresEmploi.Sdk.Models;
using Parquet.Serialization;

namespace OffresEmploi.Cli.Tests.Output;

public sealed class OffreWriterTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task WriteAllAsync(IOffreWriter writer, IEnumerable<Offre> offres)
    {
        await using (writer)
        {
            foreach (var offre in offres)
            {
                await writer.WriteAsync(offre, Token);
            }

            _ = await writer.FlushAsync(Token);
            await writer.CompleteAsync(Token);
        }
    }

    [Fact]
    public async Task CsvWriter_AwkwardText_ReadsBackIdenticalRecords()
    {
        using var temp = new TempDirectory();
        var path = temp.File("offres.csv");
        var offres = SampleOffres.Range(0, 7);

        await WriteAllAsync(new CsvOffreWriter(path), offres);

        await using var csv = CsvReader.FromFile(path);
        var records = csv.GetRecords<OffreRecord>().ToList();
        Assert.Equal(offres.Select(o => o.Id), records.Select(r => r.Id));
        Assert.Equal(offres[0].Intitule, records[0].Intitule);
        Assert.Equal(offres[1].Description, records[1].Description);
        Assert.Equal("", records[0].Entreprise); // CSV has no null: a missing employer is an empty field
        Assert.Equal("Société Générale d'Annecy n°1", records[1].Entreprise);
        Assert.Equal(offres[2].DateCreation!.Value.UtcDateTime, records[2].DateCreation);
        Assert.Equal(45.9, records[3].Latitude);
        Assert.Equal("CDI", records[4].TypeContrat);
    }

    [Fact]
    public async Task CsvWriter_AppendToExistingFile_WritesHeaderOnce()
    {
        using var temp = new TempDirectory();
        var path = temp.File("offres.csv");

        await WriteAllAsync(new CsvOffreWriter(path), SampleOffres.Range(0, 2));
        await WriteAllAsync(new CsvOffreWriter(path), SampleOffres.Range(2, 2));

        var text = await File.ReadAllTextAsync(path, Token);
        Assert.Single(text.Split('\n'), line => line.StartsWith("id,", StringComparison.Ordinal));
        Assert.Equal(["T000000", "T000001", "T000002", "T000003"], await OffreIdReader.ReadAsync(path, OutputFormat.Csv, Token));
    }

    [Fact]
    public async Task JsonLinesWriter_OneObjectPerLine_KeepsTheApiFieldsAndAccents()
    {
        using var temp = new TempDirectory();
        var path = temp.File("offres.jsonl");
        var offres = SampleOffres.Range(0, 5);

        await WriteAllAsync(new JsonLinesOffreWriter(path), offres);

        var lines = await File.ReadAllLinesAsync(path, Token);
        Assert.Equal(5, lines.Length);
        Assert.Contains("\"intitule\":\"Développeur", lines[0], StringComparison.Ordinal);
        var readBack = new List<Offre>();
        await foreach (var offre in ParquetOffreWriter.ReadJsonLinesAsync(path, Token))
        {
            readBack.Add(offre);
        }

        Assert.Equal(offres, readBack, (a, b) => a.Id == b.Id && a.Intitule == b.Intitule && a.Description == b.Description && a.DateCreation == b.DateCreation);
    }

    [Fact]
    public async Task ParquetColumns_AreTheCsvColumnsInTheSameOrder()
    {
        // Both files read the same: the Parquet column list is written by hand (Native AOT cannot run Parquet.Net's
        // reflection-based serializer), so it is checked against the CSV header CsvHelper's source generator writes.
        using var temp = new TempDirectory();
        var path = temp.File("header.csv");
        await WriteAllAsync(new CsvOffreWriter(path), []);

        var header = (await File.ReadAllLinesAsync(path, Token))[0].Split(',');

        Assert.Equal(header, ParquetColumns.All.Select(c => c.Field.Name));
        Assert.Equal(header, ParquetColumns.Schema.GetDataFields().Select(f => f.Name));
    }

    [Fact]
    public async Task ParquetWriter_Complete_WritesParquetAndRemovesSpool()
    {
        using var temp = new TempDirectory();
        var path = temp.File("offres.parquet");
        var spool = path + ".spool.jsonl";
        var offres = SampleOffres.Range(0, 25);

        await WriteAllAsync(new ParquetOffreWriter(path, spool), offres);

        Assert.False(File.Exists(spool));
        var records = (await ParquetSerializer.DeserializeAsync<OffreRecord>(path, cancellationToken: Token)).Data;
        Assert.Equal(offres.Select(o => o.Id), records.Select(r => r.Id));
        Assert.Equal(offres[4].Intitule, records[4].Intitule);
        Assert.Equal(offres[7].NombrePostes, records[7].NombrePostes);
        Assert.Equal(offres[9].DateCreation!.Value.UtcDateTime, records[9].DateCreation);
    }

    [Fact]
    public async Task ParquetConvert_MoreRowsThanOneRowGroup_KeepsEveryRowInOrder()
    {
        using var temp = new TempDirectory();
        var source = temp.File("many.jsonl");
        var offres = SampleOffres.Range(0, ParquetOffreWriter.RowGroupSize + 123);
        await WriteAllAsync(new JsonLinesOffreWriter(source), offres);

        var rows = await ParquetOffreWriter.ConvertAsync(source, temp.File("many.parquet"), Token);

        Assert.Equal(offres.Count, rows);
        var records = (await ParquetSerializer.DeserializeAsync<OffreRecord>(temp.File("many.parquet"), cancellationToken: Token)).Data;
        Assert.Equal(offres.Select(o => o.Id), records.Select(r => r.Id));
    }
}
