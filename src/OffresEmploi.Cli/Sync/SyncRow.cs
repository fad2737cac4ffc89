using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using OffresEmploi.Cli.Output;
using OffresEmploi.Sdk;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Serialization;

namespace OffresEmploi.Cli.Sync;

/// <summary>One offer as <c>offres sync</c> stores it: the columns of the CSV and Parquet files (<see cref="OffreRecord"/>), the
/// places and salary analysts group by, and the whole offer as the API's JSON.</summary>
internal sealed class SyncRow
{
    private SyncRow(OffreRecord record, ReadOnlySpan<byte> utf8Json)
    {
        Record = record;
        Json = Encoding.UTF8.GetString(utf8Json);

        // A narrow stand-in for the JSON when a run compares an offer with its row: comparing the texts themselves made
        // DuckDB read the whole JSON column on every page (52 s of an 80 s first sync of 100,000 offers).
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        _ = SHA256.HashData(utf8Json, digest);
        JsonHash = BinaryPrimitives.ReadInt64LittleEndian(digest);
    }

    /// <summary>The flat columns shared with <c>offres harvest</c>.</summary>
    public OffreRecord Record { get; }

    /// <summary>The offer's full JSON, as the SDK reads it (unknown members included).</summary>
    public string Json { get; }

    /// <summary>The first 8 bytes of the SHA-256 of <see cref="Json"/>: equal for equal offers.</summary>
    public long JsonHash { get; }

    /// <summary>The offer's appellation (the precise job title of the ROME).</summary>
    public string? AppellationLibelle { get; private init; }

    /// <summary>The département of the commune (<c>74</c>, <c>2A</c>, <c>971</c>), from the SDK's embedded places.</summary>
    public string? Departement { get; private init; }

    /// <summary>The région of the commune (<c>84</c>).</summary>
    public string? Region { get; private init; }

    /// <summary>The salary as read by the SDK's parser.</summary>
    public SalaireParse Salaire { get; private init; } = SalaireParse.Unparsed;

    /// <summary>Builds the row of an offer.</summary>
    /// <param name="offre">The offer.</param>
    /// <returns>The row.</returns>
    public static SyncRow From(Offre offre)
    {
        Place? commune = null;
        if (offre.LieuTravail?.Commune is { } code)
        {
            _ = PlaceResolver.Default.TryGetCommune(code, out commune);
        }

        using var json = JsonText.SerializeToUtf8(offre, OffresEmploiJsonContext.Default.Offre, indented: false);
        return new SyncRow(OffreRecord.From(offre), json.GetBuffer().AsSpan(0, (int)json.Length))
        {
            AppellationLibelle = offre.AppellationLibelle,
            Departement = commune?.CodeDepartement ?? DepartementOfLibelle(offre.LieuTravail?.Libelle),
            Region = commune?.CodeRegion,
            Salaire = SalaryParser.Parse(offre.Salaire),
        };
    }

    // "74 - Annecy", "2A - AJACCIO": the API's place label starts with the département when the commune is not given.
    private static string? DepartementOfLibelle(string? libelle)
    {
        if (libelle is null || libelle.Length < 5)
        {
            return null;
        }

        var dash = libelle.IndexOf(" - ", StringComparison.Ordinal);
        var code = dash is 2 or 3 ? libelle[..dash] : null;
        return code is not null && PlaceResolver.Default.TryGetDepartement(code, out _) ? code : null;
    }
}
