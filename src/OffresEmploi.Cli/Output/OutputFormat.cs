namespace OffresEmploi.Cli.Output;

/// <summary>The file formats <c>harvest</c> writes, chosen from the output's extension.</summary>
/// <remarks>A closed set of the CLI's own, so a C# enum (API code lists are extensible enums).</remarks>
internal enum OutputFormat
{
    /// <summary>Comma-separated values, one flattened offer per row, with a header.</summary>
    Csv,

    /// <summary>JSON Lines: one complete offer object per line, as the API sends it.</summary>
    JsonLines,

    /// <summary>Apache Parquet, the flattened columns of the CSV.</summary>
    Parquet,
}
