using System.Diagnostics.CodeAnalysis;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Places;

/// <summary>The places embedded in the SDK, searched through the prebuilt place index; a commune is built when a lookup reaches it.</summary>
/// <remarks>
/// Loading costs copying the communes file, finding its lines and reading the index (about 2 ms in a Native AOT
/// process), instead of building, folding and sorting every place (80 ms or more: most of a first tool call that named a
/// place).
/// </remarks>
internal sealed class EmbeddedPlaces : IPlaceSource
{
    private readonly CommuneRows _communes;
    private readonly PlaceNameIndex _byName;
    private readonly PostalCodeIndex _byPostalCode;

    private EmbeddedPlaces(CommuneRows communes, List<Place> departements, List<Place> regions, PlaceIndexFile index)
    {
        _communes = communes;
        Departements = departements;
        Regions = regions;
        var firstCommune = regions.Count + departements.Count;
        _byName = new PlaceNameIndex(index.NameOrder, i => i < regions.Count ? regions[i] : i < firstCommune ? departements[i - regions.Count] : communes[i - firstCommune]);
        _byPostalCode = new PostalCodeIndex(index.PostalRows, index.PostalSlots, communes);
    }

    /// <inheritdoc/>
    public IReadOnlyList<Place> Communes => _communes;

    /// <inheritdoc/>
    public IReadOnlyList<Place> Departements { get; }

    /// <inheritdoc/>
    public IReadOnlyList<Place> Regions { get; }

    /// <summary>Gets how many communes have been built so far.</summary>
    public int BuiltCommunes => _communes.Built;

    /// <summary>Reads the embedded lists and index.</summary>
    /// <exception cref="InvalidDataException">The index was not generated from these lists.</exception>
    public static EmbeddedPlaces Load()
    {
        var index = PlaceIndexFile.ReadEmbedded();
        var departements = PlaceData.LoadDepartements();
        var regions = PlaceData.LoadRegions();
        if (index.DepartementCount != departements.List.Count || index.RegionCount != regions.Count)
        {
            throw PlaceIndexFile.Stale($"{departements.List.Count} départements and {regions.Count} régions, indexed as {index.DepartementCount} and {index.RegionCount}");
        }

        var communes = CommuneRows.Parse(PlaceData.ReadAll(PlaceData.CommunesFile), departements, index.CommuneCount);
        return new EmbeddedPlaces(communes, departements.List, regions, index);
    }

    /// <inheritdoc/>
    public bool TryGetCommune(string inseeCode, [NotNullWhen(true)] out Place? commune)
    {
        var row = _communes.IndexOfCode(inseeCode);
        commune = row < 0 ? null : _communes[row];
        return commune is not null;
    }

    /// <inheritdoc/>
    public IEnumerable<Place> Named(string folded) => _byName[folded];

    /// <inheritdoc/>
    public IEnumerable<Place> StartingWith(string prefix) => _byName.StartingWith(prefix);

    /// <inheritdoc/>
    public IEnumerable<Place> WithPostalCode(string postalCode) => _byPostalCode[postalCode];

    /// <inheritdoc/>
    public IEnumerable<Place> WithParent() => _communes.WithParent();
}
