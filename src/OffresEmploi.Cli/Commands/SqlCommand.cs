using System.Data.Common;
using System.Text.Json;
using CsvHelper;
using DuckDB.NET.Data;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Cli.Output;
using OffresEmploi.Cli.Rendering;
using OffresEmploi.Cli.Settings;
using OffresEmploi.Cli.Sql;
using OffresEmploi.Cli.Storage;
using Spectre.Console;

namespace OffresEmploi.Cli.Commands;

/// <summary><c>offres sql FILE "SELECT …"</c>: runs a query on a database written by <c>offres sync</c> (read-only) and prints a
/// table, CSV or JSON Lines.</summary>
internal sealed class SqlCommand(CliContext context) : ApiCommand<SqlSettings>(context)
{
    public override async Task<int> ExecuteAsync(SqlSettings settings, CancellationToken cancellationToken)
    {
        using var connection = DuckDbFiles.OpenForReading(settings.File!, "FILE");
        using var command = connection.CreateCommand();
        command.CommandText = settings.Query;
        DbDataReader reader;
        try
        {
            reader = await command.ExecuteReaderAsync(cancellationToken);
        }
        catch (DuckDBException e)
        {
            throw new UsageException($"QUERY: {SqlValues.FirstLine(e.Message)}", e);
        }

        await using (reader)
        {
            var writer = Context.Out.Profile.Out.Writer;
            if (settings.Csv)
            {
                WriteCsv(reader, writer, cancellationToken);
            }
            else if (settings.Json)
            {
                WriteJsonLines(reader, writer, cancellationToken);
            }
            else
            {
                WriteTable(reader, settings.Limit);
            }
        }

        return ExitCodes.Success;
    }

    private static void WriteCsv(DbDataReader reader, TextWriter output, CancellationToken cancellationToken)
    {
        using var csv = CsvWriter.Create(output, CsvOffreWriter.Options, leaveOpen: true);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            csv.WriteField(reader.GetName(i));
        }

        csv.EndRecord();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                csv.WriteField(SqlValues.Text(reader.GetValue(i)));
            }

            csv.EndRecord();
        }

        csv.Flush();
    }

    private static void WriteJsonLines(DbDataReader reader, TextWriter output, CancellationToken cancellationToken)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, JsonLinesOffreWriter.WriterOptions);
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            json.WriteStartObject();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                json.WritePropertyName(reader.GetName(i));
                SqlValues.WriteJson(json, reader.GetValue(i));
            }

            json.WriteEndObject();
            json.Flush();
            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
            buffer.Clear();
            json.Reset();
        }

        output.Flush();
    }

    private void WriteTable(DbDataReader reader, int limit)
    {
        var rows = new List<string[]>();
        long more = 0;
        while (reader.Read())
        {
            if (rows.Count == limit)
            {
                more++;
                continue;
            }

            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = SqlValues.Text(reader.GetValue(i));
            }

            rows.Add(row);
        }

        var fields = Enumerable.Range(0, reader.FieldCount).Select(i => Field(reader, rows, i)).ToArray();
        var width = Context.Out.Profile.Width;

        // Each column needs its floor plus a border and two spaces; when even that is wider than the console, the rows are
        // shown one field per line (as psql's \x does) rather than as a table no terminal can show.
        if (fields.Sum(f => (f.Floor ?? f.Min) + 3) + 1 > width)
        {
            WriteRecords(reader, rows, width);
        }
        else
        {
            Context.Out.Write(new FittedTable<string[]>(rows, [[.. fields.Select(f => (IReadOnlyList<TableField<string[]>>)[f])]]) { Border = TableBorder.Rounded, CellPadding = new Padding(1, 0, 1, 0) });
        }

        var shown = more == 0
            ? Formats.Count(rows.Count, "row")
            : $"{Formats.Count(rows.Count)} of {Formats.Count(rows.Count + more, "row")} shown; --limit shows more, --csv or --json writes them all";
        PlainLine.Write(Context.Out, "", shown + ".");
    }

    private void WriteRecords(DbDataReader reader, List<string[]> rows, int width)
    {
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var nameWidth = names.Max(n => n.Length);
        var room = Math.Max(10, width - nameWidth - 2);
        for (var r = 0; r < rows.Count; r++)
        {
            Context.Out.Profile.Out.Writer.WriteLine($"-[ row {r + 1} ]" + new string('-', Math.Max(0, Math.Min(width, 40) - 12)));
            for (var i = 0; i < names.Length; i++)
            {
                var value = rows[r][i].ReplaceLineEndings(" ");
                var shown = value.Length <= room ? value : string.Concat(value.AsSpan(0, room - 1), "…");
                Context.Out.Profile.Out.Writer.WriteLine($"{names[i].PadRight(nameWidth)}  {shown}");
            }
        }
    }

    private static TableField<string[]> Field(DbDataReader reader, List<string[]> rows, int index)
    {
        var header = reader.GetName(index);
        var widest = rows.Count == 0 ? 0 : rows.Max(r => r[index].Length);
        var width = Math.Max(header.Length, widest);
        return new TableField<string[]>
        {
            Header = header,
            Value = r => r[index],
            Min = Math.Min(width, 24),
            Max = Math.Min(width, 60),
            Floor = Math.Min(width, 6),
            Alignment = SqlValues.IsNumber(reader.GetFieldType(index)) ? Justify.Right : Justify.Left,
        };
    }
}
