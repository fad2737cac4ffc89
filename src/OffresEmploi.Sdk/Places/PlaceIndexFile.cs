using System.Buffers.Binary;
using System.Runtime.InteropServices;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.Places;

/// <summary>
/// The place index (<c>Places/Data/places.index</c>): the orders the resolver searches, computed from the embedded lists
/// when they are generated, so that a process finds a place by name or postal code without first reading, folding and
/// sorting 35,000 names.
/// </summary>
/// <remarks>
/// <para>
/// Generated, never edited: <c>dotnet run --project tools/OffresEmploi.PlaceIndex</c> writes it from the embedded lists
/// with <see cref="Build"/>, and <c>PlaceIndexDriftTests</c> fail when the committed file differs from what
/// <see cref="Build"/> makes of the committed lists. The header repeats the sizes of the lists it was built from, so an
/// index left behind by a change of the lists' sizes fails at load rather than resolving names to the wrong places.
/// </para>
/// <para>
/// Format, little-endian: the 8 bytes <c>OEPLIDX1</c>; five 32-bit integers: the numbers of communes, départements,
/// régions, names and postal codes; the name order (16-bit positions in
/// the list régions, départements, communes); the postal order (16-bit commune rows, then 8-bit postal code slots).
/// 16 bits are enough for the 35,039 places (checked by <see cref="Build"/>).
/// </para>
/// </remarks>
internal sealed class PlaceIndexFile
{
    /// <summary>The file name under <c>Places/Data</c>, also the embedded resource's.</summary>
    public const string FileName = "places.index";

    private const int HeaderLength = 8 + (5 * sizeof(int));

    private static ReadOnlySpan<byte> Magic => "OEPLIDX1"u8;

    /// <summary>Gets the number of communes the index was built from.</summary>
    public required int CommuneCount { get; init; }

    /// <summary>Gets the number of départements the index was built from.</summary>
    public required int DepartementCount { get; init; }

    /// <summary>Gets the number of régions the index was built from.</summary>
    public required int RegionCount { get; init; }

    /// <summary>Gets the positions in régions + départements + communes, sorted by folded name (ordinal, stable).</summary>
    public required ushort[] NameOrder { get; init; }

    /// <summary>Gets, with <see cref="PostalSlots"/>, each (commune row, postal code slot) sorted by postal code (ordinal, stable).</summary>
    public required ushort[] PostalRows { get; init; }

    /// <summary>Gets which of its postal codes each entry of <see cref="PostalRows"/> stands for.</summary>
    public required byte[] PostalSlots { get; init; }

    /// <summary>Computes the index of the given lists (the generator's work).</summary>
    /// <exception cref="InvalidDataException">The communes are not in INSEE code order, or the lists outgrow the format.</exception>
    public static PlaceIndexFile Build(IReadOnlyList<Place> communes, IReadOnlyList<Place> departements, IReadOnlyList<Place> regions)
    {
        for (var row = 1; row < communes.Count; row++)
        {
            if (string.CompareOrdinal(communes[row - 1].Code, communes[row].Code) >= 0)
            {
                throw new InvalidDataException($"{PlaceData.CommunesFile} must list communes once each in INSEE code order (ordinal): {communes[row - 1].Code} comes before {communes[row].Code}.");
            }
        }

        if (regions.Count + departements.Count + communes.Count > ushort.MaxValue + 1)
        {
            throw new InvalidDataException("More places than 16-bit positions can number: widen the place index format.");
        }

        var (postalRows, postalSlots) = PostalCodeIndex.Order(communes);
        return new PlaceIndexFile
        {
            CommuneCount = communes.Count,
            DepartementCount = departements.Count,
            RegionCount = regions.Count,
            NameOrder = PlaceNameIndex.Order([.. regions.Concat(departements).Concat(communes).Select(p => PlaceText.Fold(p.Libelle))]),
            PostalRows = postalRows,
            PostalSlots = postalSlots,
        };
    }

    /// <summary>Computes the index of the lists embedded in the SDK (what the generator writes).</summary>
    public static PlaceIndexFile BuildEmbedded()
    {
        var (communes, departements, regions) = PlaceData.Load();
        return Build(communes, departements, regions);
    }

    /// <summary>Reads the index embedded in the SDK.</summary>
    /// <exception cref="InvalidDataException">The embedded file is not a place index.</exception>
    public static PlaceIndexFile ReadEmbedded()
    {
        return Read(PlaceData.ReadAll(FileName));
    }

    /// <summary>Reads an index written by <see cref="ToBytes"/>.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a place index.</exception>
    public static PlaceIndexFile Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < HeaderLength || !bytes.StartsWith(Magic))
        {
            throw Stale($"{FileName} is not a place index of this version");
        }

        Span<int> header = stackalloc int[5];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = BinaryPrimitives.ReadInt32LittleEndian(bytes[(Magic.Length + (i * sizeof(int)))..]);
        }

        var (names, postalCodes) = (header[3], header[4]);
        var body = bytes[HeaderLength..];
        if (names < 0 || postalCodes < 0 || body.Length != (names * sizeof(ushort)) + (postalCodes * (sizeof(ushort) + 1)))
        {
            throw Stale($"{FileName} is truncated");
        }

        return new PlaceIndexFile
        {
            CommuneCount = header[0],
            DepartementCount = header[1],
            RegionCount = header[2],
            NameOrder = ReadUInt16s(body[..(names * sizeof(ushort))]),
            PostalRows = ReadUInt16s(body.Slice(names * sizeof(ushort), postalCodes * sizeof(ushort))),
            PostalSlots = body[((names + postalCodes) * sizeof(ushort))..].ToArray(),
        };
    }

    /// <summary>Writes the index in the format <see cref="Read"/> reads.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[HeaderLength + (NameOrder.Length * sizeof(ushort)) + (PostalRows.Length * (sizeof(ushort) + 1))];
        Magic.CopyTo(bytes);
        var span = bytes.AsSpan(Magic.Length);
        foreach (var value in (ReadOnlySpan<int>)[CommuneCount, DepartementCount, RegionCount, NameOrder.Length, PostalRows.Length])
        {
            BinaryPrimitives.WriteInt32LittleEndian(span, value);
            span = span[sizeof(int)..];
        }

        foreach (var value in NameOrder.Concat(PostalRows))
        {
            BinaryPrimitives.WriteUInt16LittleEndian(span, value);
            span = span[sizeof(ushort)..];
        }

        PostalSlots.CopyTo(span);
        return bytes;
    }

    /// <summary>The error for an index that does not match the lists beside it.</summary>
    public static InvalidDataException Stale(string what) =>
        new($"The SDK's embedded place index does not match its place lists: {what}. Regenerate it with `dotnet run --project tools/OffresEmploi.PlaceIndex`.");

    private static ushort[] ReadUInt16s(ReadOnlySpan<byte> bytes)
    {
        var values = MemoryMarshal.Cast<byte, ushort>(bytes).ToArray();
        if (!BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(values, values);
        }

        return values;
    }
}
