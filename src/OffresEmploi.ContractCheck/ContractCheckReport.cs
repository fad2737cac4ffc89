using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OffresEmploi.ContractCheck;

/// <summary>What a contract check found: differences from the spec (drift), and what the API did for each uncertain rule.</summary>
public sealed partial class ContractCheckReport
{
    /// <summary>Gets the API base address that was checked.</summary>
    public required string BaseAddress { get; init; }

    /// <summary>Gets the differences from the spec, in the order the requests were sent.</summary>
    public required IReadOnlyList<ContractFinding> Findings { get; init; }

    /// <summary>Gets what the API did for each uncertain rule of the reference.</summary>
    public required IReadOnlyList<ContractObservation> Observations { get; init; }

    /// <summary>Gets the API requests sent.</summary>
    public required int Requests { get; init; }

    /// <summary>Gets the probes left out because the budget was spent.</summary>
    public required int Skipped { get; init; }

    /// <summary>Gets how long the check took.</summary>
    public required TimeSpan Duration { get; init; }

    /// <summary>Gets whether the API differs from the spec (the CLI then exits 1).</summary>
    public bool HasDrift => Findings.Count > 0;

    /// <summary>Writes the report as Markdown: a verdict, the findings by kind, the observations.</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        Line(text, $"# Contract check of {BaseAddress}");
        Line(text, $"");
        Line(text, $"{(HasDrift ? $"**Drift: {Findings.Count} finding(s).**" : "**Conforms to the spec.**")} {Requests} requests in {Duration.TotalSeconds:0.0} s{(Skipped > 0 ? $", {Skipped} probe(s) skipped (budget)" : "")}.");
        foreach (var group in Findings.GroupBy(f => f.Kind))
        {
            Line(text, $"");
            Line(text, $"## {group.Key} ({group.Count()})");
            Line(text, $"");
            Line(text, $"| where | seen | expected | times | first seen in |");
            Line(text, $"|---|---|---|---:|---|");

            // One row per difference, wherever it repeats: a new code on every offer is one change of the API, not 150
            // (the JSON report keeps each one).
            foreach (var same in group.GroupBy(f => (Where: AnyIndex().Replace(f.Location, "[*]"), f.Seen, f.Expected)))
            {
                var first = same.First();
                Line(text, $"| `{Cell(same.Key.Where)}` | {Cell(first.Seen ?? "(absent)")} | {Cell(first.Expected)} | {same.Count()} | `{Cell(first.Request)}` |");
            }
        }

        Line(text, $"");
        Line(text, $"## Uncertain rules: what the API did");
        Line(text, $"");
        Line(text, $"| rule | request | outcome |");
        Line(text, $"|---|---|---|");
        foreach (var o in Observations)
        {
            Line(text, $"| {Cell(o.Rule)} | `{Cell(o.Request)}` | {Cell(o.Outcome)} |");
        }

        return text.ToString();
    }

    /// <summary>Writes the report as JSON: one object per finding and per observation.</summary>
    /// <returns>The JSON text (UTF-8 when written to a file).</returns>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("baseAddress", BaseAddress);
            w.WriteBoolean("drift", HasDrift);
            w.WriteNumber("requests", Requests);
            w.WriteNumber("skipped", Skipped);
            w.WriteNumber("durationSeconds", Math.Round(Duration.TotalSeconds, 3));
            w.WriteStartArray("findings");
            foreach (var f in Findings)
            {
                w.WriteStartObject();
                w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(f.Kind.ToString()));
                w.WriteString("where", f.Location);
                w.WriteString("seen", f.Seen);
                w.WriteString("expected", f.Expected);
                w.WriteString("request", f.Request);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("observations");
            foreach (var o in Observations)
            {
                w.WriteStartObject();
                w.WriteString("rule", o.Rule);
                w.WriteString("request", o.Request);
                w.WriteString("outcome", o.Outcome);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex AnyIndex();

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    private static void Line(StringBuilder text, FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
}
