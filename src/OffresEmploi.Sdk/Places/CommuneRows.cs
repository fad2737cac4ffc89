using System.Collections;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Places;

/// <summary>The communes file as rows: a commune's <see cref="Place"/> is built the first time it is asked for.</summary>
/// <remarks>
/// Building all 35,000 places at once was most of a first place lookup (about 80 ms of a Native AOT process, 20 MB
/// allocated); a lookup reaches a few dozen rows through the prebuilt orders of <see cref="PlaceIndexFile"/>. Once
/// built, a row's place is the same instance for every caller.
/// </remarks>
internal sealed class CommuneRows : IReadOnlyList<Place>
{
    private readonly byte[] _tsv;
    private readonly Range[] _rows;
    private readonly Place?[] _places;
    private readonly DepartementRows _departements;

    private CommuneRows(byte[] tsv, Range[] rows, DepartementRows departements)
    {
        _tsv = tsv;
        _rows = rows;
        _places = new Place?[rows.Length];
        _departements = departements;
    }

    /// <inheritdoc/>
    public int Count => _rows.Length;

    /// <summary>Gets how many communes have been built so far (the rest are still only text).</summary>
    public int Built => _places.Count(p => p is not null);

    /// <summary>Gets the commune on row <paramref name="row"/>, building it on first use.</summary>
    public Place this[int row]
    {
        get
        {
            var place = Volatile.Read(ref _places[row]);
            if (place is not null)
            {
                return place;
            }

            // Two threads may build the same row; both return the instance published first.
            var built = PlaceData.ParseCommune(Line(row), _departements);
            return Interlocked.CompareExchange(ref _places[row], built, null) ?? built;
        }
    }

    /// <summary>Finds the rows of a communes file.</summary>
    /// <param name="tsv">The communes file.</param>
    /// <param name="departements">The départements the communes belong to.</param>
    /// <param name="expectedCount">The number of rows the place index was generated for, or null to take what is there.</param>
    /// <exception cref="InvalidDataException">The file does not have <paramref name="expectedCount"/> rows.</exception>
    public static CommuneRows Parse(byte[] tsv, DepartementRows departements, int? expectedCount)
    {
        Range[] rows = [.. PlaceData.Lines(tsv)];
        if (expectedCount is { } count && rows.Length != count)
        {
            throw PlaceIndexFile.Stale($"{PlaceData.CommunesFile} has {rows.Length} communes, not the {count} it was indexed with");
        }

        return new CommuneRows(tsv, rows, departements);
    }

    /// <summary>Gets the text of row <paramref name="row"/> (UTF-8, tab-separated fields).</summary>
    public ReadOnlySpan<byte> Line(int row) => _tsv.AsSpan(_rows[row]);

    /// <summary>Gets the INSEE code of row <paramref name="row"/> without building its place.</summary>
    public ReadOnlySpan<byte> Code(int row) => PlaceData.Field(Line(row), 0);

    /// <summary>Gets postal code <paramref name="slot"/> of row <paramref name="row"/> without building its place.</summary>
    public ReadOnlySpan<byte> PostalCode(int row, int slot)
    {
        var codes = PlaceData.Field(Line(row), 4);
        for (var i = 0; i < slot; i++)
        {
            codes = codes[(codes.IndexOf((byte)' ') + 1)..];
        }

        var end = codes.IndexOf((byte)' ');
        return end < 0 ? codes : codes[..end];
    }

    /// <summary>Finds the row of an INSEE code by binary search: the file is in code order (checked when the index is generated).</summary>
    /// <returns>The row, or -1.</returns>
    public int IndexOfCode(string code)
    {
        var row = SortedSearch.LowerBound(_rows.Length, i => CompareOrdinal(Code(i), code));
        return row < _rows.Length && CompareOrdinal(Code(row), code) == 0 ? row : -1;
    }

    /// <summary>Lists the communes that have a parent city (the municipal arrondissements), reading only that field of the others.</summary>
    public IEnumerable<Place> WithParent()
    {
        for (var row = 0; row < _rows.Length; row++)
        {
            if (!PlaceData.Field(Line(row), 8).IsEmpty)
            {
                yield return this[row];
            }
        }
    }

    /// <summary>Compares ASCII bytes with text as <see cref="string.CompareOrdinal(string, string)"/> compares strings.</summary>
    public static int CompareOrdinal(ReadOnlySpan<byte> ascii, ReadOnlySpan<char> text)
    {
        var length = Math.Min(ascii.Length, text.Length);
        for (var i = 0; i < length; i++)
        {
            var difference = ascii[i] - text[i];
            if (difference != 0)
            {
                return difference;
            }
        }

        return ascii.Length - text.Length;
    }

    /// <inheritdoc/>
    public IEnumerator<Place> GetEnumerator()
    {
        for (var row = 0; row < _rows.Length; row++)
        {
            yield return this[row];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
