using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Output;

namespace OffresEmploi.Cli.Harvesting;

/// <summary>The files of one harvest: the output, the data file records are appended to, and the checkpoint.</summary>
/// <param name="OutputPath">The file the user asked for.</param>
/// <param name="Format">Its format, from the extension.</param>
internal sealed record HarvestFiles(string OutputPath, OutputFormat Format)
{
    /// <summary>Where records are appended while harvesting: the output itself, or a JSON Lines spool for Parquet.</summary>
    public string DataPath => Format == OutputFormat.Parquet ? OutputPath + ".spool.jsonl" : OutputPath;

    /// <summary>The format of <see cref="DataPath"/>.</summary>
    public OutputFormat DataFormat => Format == OutputFormat.Parquet ? OutputFormat.JsonLines : Format;

    /// <summary>The checkpoint beside the output.</summary>
    public string CheckpointPath => OutputPath + ".checkpoint.json";

    /// <summary>Chooses the format from the extension.</summary>
    /// <param name="path">The output path.</param>
    /// <returns>The files.</returns>
    /// <exception cref="UsageException">The extension is not .csv, .jsonl/.ndjson or .parquet.</exception>
    public static HarvestFiles For(string path)
    {
        var format = Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".CSV" => OutputFormat.Csv,
            ".JSONL" or ".NDJSON" => OutputFormat.JsonLines,
            ".PARQUET" => OutputFormat.Parquet,
            _ => throw new UsageException($"--out \"{path}\": use a .csv, .jsonl or .parquet file."),
        };
        return new HarvestFiles(Infrastructure.OutputPath.Prepare(path, "--out"), format);
    }

    /// <summary>Opens a writer that appends to <see cref="DataPath"/>.</summary>
    /// <returns>The writer.</returns>
    public IOffreWriter OpenWriter() => Format switch
    {
        OutputFormat.Csv => new CsvOffreWriter(DataPath),
        OutputFormat.JsonLines => new JsonLinesOffreWriter(DataPath),
        _ => new ParquetOffreWriter(OutputPath, DataPath),
    };
}
