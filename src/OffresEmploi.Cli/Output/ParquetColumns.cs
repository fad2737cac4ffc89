using Parquet;
using Parquet.Schema;

namespace OffresEmploi.Cli.Output;

/// <summary>The columns of the Parquet file, written column by column with Parquet.Net's typed API.</summary>
/// <remarks>Parquet.Net's <c>ParquetSerializer</c> maps classes by reflection and compiled expressions, which Native AOT
/// cannot run; each column here is a name and a typed accessor instead. The names are the CSV's
/// (<see cref="OffreRecord"/>'s attributes), so both files read the same: a test reads the file back by those names.</remarks>
internal static class ParquetColumns
{
    /// <summary>The columns, in file order.</summary>
    public static IReadOnlyList<ParquetColumn> All { get; } =
    [
        Text("id", r => r.Id),
        Text("intitule", r => r.Intitule),
        Text("entreprise", r => r.Entreprise),
        Text("lieuTravail", r => r.LieuTravail),
        Text("codePostal", r => r.CodePostal),
        Text("commune", r => r.Commune),
        Value("latitude", r => r.Latitude),
        Value("longitude", r => r.Longitude),
        Text("typeContrat", r => r.TypeContrat),
        Text("typeContratLibelle", r => r.TypeContratLibelle),
        Text("natureContrat", r => r.NatureContrat),
        Text("experienceExige", r => r.ExperienceExige),
        Text("experienceLibelle", r => r.ExperienceLibelle),
        Text("qualificationCode", r => r.QualificationCode),
        Text("qualificationLibelle", r => r.QualificationLibelle),
        Text("romeCode", r => r.RomeCode),
        Text("romeLibelle", r => r.RomeLibelle),
        Text("codeNAF", r => r.CodeNaf),
        Text("secteurActiviteLibelle", r => r.SecteurActiviteLibelle),
        Text("dureeTravail", r => r.DureeTravail),
        Value("alternance", r => r.Alternance),
        Value("nombrePostes", r => r.NombrePostes),
        Text("salaire", r => r.Salaire),
        Value("dateCreation", r => r.DateCreation),
        Value("dateActualisation", r => r.DateActualisation),
        Text("origine", r => r.Origine),
        Text("urlOrigine", r => r.UrlOrigine),
        Text("description", r => r.Description),
    ];

    /// <summary>The file's schema.</summary>
    public static ParquetSchema Schema { get; } = new(All.Select(c => (Field)c.Field));

    private static TextColumn Text(string name, Func<OffreRecord, string?> get) => new TextColumn(name, get);

    private static ValueColumn<T> Value<T>(string name, Func<OffreRecord, T?> get)
        where T : struct => new ValueColumn<T>(name, get);

    /// <summary>One column: its field and how to write a row group's values.</summary>
    /// <param name="Field">The Parquet field.</param>
    internal abstract record ParquetColumn(DataField Field)
    {
        /// <summary>Writes the column of <paramref name="rows"/> into <paramref name="group"/>.</summary>
        /// <param name="group">The row group, which takes columns in schema order.</param>
        /// <param name="rows">The rows.</param>
        /// <param name="cancellationToken">Cancels the write.</param>
        /// <returns>The write.</returns>
        public abstract Task WriteAsync(ParquetRowGroupWriter group, List<OffreRecord> rows, CancellationToken cancellationToken);
    }

    private sealed record TextColumn(string Name, Func<OffreRecord, string?> Get) : ParquetColumn(new DataField<string>(Name))
    {
        public override Task WriteAsync(ParquetRowGroupWriter group, List<OffreRecord> rows, CancellationToken cancellationToken) =>
            group.WriteAsync(Field, rows.ConvertAll(r => Get(r)!), repetitionLevels: null);
    }

    private sealed record ValueColumn<T>(string Name, Func<OffreRecord, T?> Get) : ParquetColumn(new DataField<T?>(Name))
        where T : struct
    {
        public override Task WriteAsync(ParquetRowGroupWriter group, List<OffreRecord> rows, CancellationToken cancellationToken) =>
            group.WriteAsync<T>(Field, rows.ConvertAll(r => Get(r)).ToArray(), repetitionLevels: null, customMetadata: null, cancellationToken);
    }
}
