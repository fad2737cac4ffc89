using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Places;

/// <summary>Finds the communes of a postal code by binary search in the prebuilt postal order, reading only the rows it compares.</summary>
/// <remarks>A code's communes come in the order of the communes file, as the lookup built at load gave them.</remarks>
internal sealed class PostalCodeIndex(ushort[] rows, byte[] slots, CommuneRows communes)
{
    /// <summary>Gets the communes that have the postal code <paramref name="postalCode"/>.</summary>
    public IEnumerable<Place> this[string postalCode]
    {
        get
        {
            var lo = SortedSearch.LowerBound(rows.Length, i => Compare(i, postalCode));
            for (var i = lo; i < rows.Length && Compare(i, postalCode) == 0; i++)
            {
                yield return communes[rows[i]];
            }
        }
    }

    /// <summary>Lists every (commune row, postal code slot) sorted by postal code, ordinally and stably (the generator's work).</summary>
    /// <exception cref="InvalidDataException">A commune has more postal codes than 8-bit slots can number.</exception>
    public static (ushort[] Rows, byte[] Slots) Order(IReadOnlyList<Place> communes)
    {
        var entries = new List<(string Code, ushort Row, byte Slot)>();
        for (var row = 0; row < communes.Count; row++)
        {
            var codes = communes[row].CodesPostaux;
            if (codes.Count > byte.MaxValue + 1)
            {
                throw new InvalidDataException($"Commune {communes[row].Code} has more than 256 postal codes: widen the place index format.");
            }

            for (var slot = 0; slot < codes.Count; slot++)
            {
                entries.Add((codes[slot], checked((ushort)row), (byte)slot));
            }
        }

        var sorted = entries.OrderBy(e => e.Code, StringComparer.Ordinal).ToList();
        return ([.. sorted.Select(e => e.Row)], [.. sorted.Select(e => e.Slot)]);
    }

    private int Compare(int i, string postalCode) => CommuneRows.CompareOrdinal(communes.PostalCode(rows[i], slots[i]), postalCode);
}
