using DuckDB.NET.Data;

namespace OffresEmploi.Cli.Sync;

/// <summary>The offer columns of the <c>offres</c> table, in order: the name, the DuckDB type, and how a row fills it.</summary>
/// <remarks>Offer fields keep the API's names (camelCase), as in the CSV and Parquet files of <c>offres harvest</c>; the
/// columns the sync adds (<c>first_seen</c>, ...) are in <see cref="SyncDatabase"/>. Times are UTC <c>TIMESTAMP</c>s:
/// a <c>TIMESTAMPTZ</c> would print in the reader's time zone. Amounts are euros as <c>DOUBLE</c>.</remarks>
internal static class SyncColumns
{
    /// <summary>The columns.</summary>
    public static IReadOnlyList<Column> All { get; } =
    [
        new("id", "VARCHAR", (a, r) => a.AppendValue(r.Record.Id)),
        new("intitule", "VARCHAR", (a, r) => a.AppendValue(r.Record.Intitule)),
        new("dateCreation", "TIMESTAMP", (a, r) => a.AppendValue(r.Record.DateCreation)),
        new("dateActualisation", "TIMESTAMP", (a, r) => a.AppendValue(r.Record.DateActualisation)),
        new("typeContrat", "VARCHAR", (a, r) => a.AppendValue(r.Record.TypeContrat)),
        new("typeContratLibelle", "VARCHAR", (a, r) => a.AppendValue(r.Record.TypeContratLibelle)),
        new("natureContrat", "VARCHAR", (a, r) => a.AppendValue(r.Record.NatureContrat)),
        new("experienceExige", "VARCHAR", (a, r) => a.AppendValue(r.Record.ExperienceExige)),
        new("qualificationCode", "VARCHAR", (a, r) => a.AppendValue(r.Record.QualificationCode)),
        new("romeCode", "VARCHAR", (a, r) => a.AppendValue(r.Record.RomeCode)),
        new("romeLibelle", "VARCHAR", (a, r) => a.AppendValue(r.Record.RomeLibelle)),
        new("appellationLibelle", "VARCHAR", (a, r) => a.AppendValue(r.AppellationLibelle)),
        new("entreprise", "VARCHAR", (a, r) => a.AppendValue(r.Record.Entreprise)),
        new("codeNAF", "VARCHAR", (a, r) => a.AppendValue(r.Record.CodeNaf)),
        new("secteurActiviteLibelle", "VARCHAR", (a, r) => a.AppendValue(r.Record.SecteurActiviteLibelle)),
        new("lieuTravail", "VARCHAR", (a, r) => a.AppendValue(r.Record.LieuTravail)),
        new("commune", "VARCHAR", (a, r) => a.AppendValue(r.Record.Commune)),
        new("codePostal", "VARCHAR", (a, r) => a.AppendValue(r.Record.CodePostal)),
        new("departement", "VARCHAR", (a, r) => a.AppendValue(r.Departement)),
        new("region", "VARCHAR", (a, r) => a.AppendValue(r.Region)),
        new("latitude", "DOUBLE", (a, r) => a.AppendValue(r.Record.Latitude)),
        new("longitude", "DOUBLE", (a, r) => a.AppendValue(r.Record.Longitude)),
        new("alternance", "BOOLEAN", (a, r) => a.AppendValue(r.Record.Alternance)),
        new("nombrePostes", "INTEGER", (a, r) => a.AppendValue(r.Record.NombrePostes)),
        new("dureeTravail", "VARCHAR", (a, r) => a.AppendValue(r.Record.DureeTravail)),
        new("salaire", "VARCHAR", (a, r) => a.AppendValue(r.Record.Salaire)),
        new("salaireMin", "DOUBLE", (a, r) => a.AppendValue(ToDouble(r.Salaire.Min))),
        new("salaireMax", "DOUBLE", (a, r) => a.AppendValue(ToDouble(r.Salaire.Max))),
        new("salairePeriode", "VARCHAR", (a, r) => a.AppendValue(r.Salaire.PeriodUnit)),
        new("salaireAnnuelMin", "DOUBLE", (a, r) => a.AppendValue(ToDouble(r.Salaire.AnnualMin))),
        new("salaireAnnuelMax", "DOUBLE", (a, r) => a.AppendValue(ToDouble(r.Salaire.AnnualMax))),
        new("origine", "VARCHAR", (a, r) => a.AppendValue(r.Record.Origine)),
        new("json", "JSON", (a, r) => a.AppendValue(r.Json)),
        new("json_hash", "BIGINT", (a, r) => a.AppendValue((long?)r.JsonHash)),
    ];

    /// <summary>The column names, comma-separated, for SQL.</summary>
    public static string Names { get; } = string.Join(", ", All.Select(c => c.Name));

    private static double? ToDouble(decimal? value) => value is { } v ? (double)v : null;

    /// <summary>One column.</summary>
    /// <param name="Name">The column name.</param>
    /// <param name="SqlType">Its DuckDB type.</param>
    /// <param name="Append">Appends a row's value.</param>
    internal sealed record Column(string Name, string SqlType, Action<IDuckDBAppenderRow, SyncRow> Append);
}
