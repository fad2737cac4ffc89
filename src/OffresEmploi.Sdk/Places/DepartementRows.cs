using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Places;

/// <summary>The départements as <see cref="PlaceData"/> reads them, with what building a commune needs from them.</summary>
internal sealed class DepartementRows
{
    public DepartementRows(List<Place> list, Dictionary<string, double> surfaces)
    {
        List = list;
        Surfaces = surfaces;
        ByCode = list.ToDictionary(d => d.Code, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Gets the départements in file order.</summary>
    public List<Place> List { get; }

    /// <summary>Gets each département's surface in km², by code: it sizes the area a commune without coordinates is placed in.</summary>
    public Dictionary<string, double> Surfaces { get; }

    /// <summary>Gets the départements by code, looked up with the characters of a commune line (no string per commune).</summary>
    public Dictionary<string, Place>.AlternateLookup<ReadOnlySpan<char>> ByCode { get; }
}
