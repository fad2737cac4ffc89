using OffresEmploi.Sdk.Places;
using OffresEmploi.Testing;

namespace OffresEmploi.Sdk.Tests.Places;

/// <summary>
/// The committed place index (<c>Places/Data/places.index</c>) is what the generator makes of the committed place lists,
/// and the SDK embeds that very file; a stale or damaged index fails at load with the command that regenerates it.
/// </summary>
public class PlaceIndexDriftTests
{
    private static readonly string CommittedPath = Path.Combine(RepositoryFiles.Root, "src", "OffresEmploi.Sdk", "Places", "Data", PlaceIndexFile.FileName);

    [Fact]
    public void Build_FromCommittedLists_MatchesTheCommittedIndex()
    {
        var generated = PlaceIndexFile.BuildEmbedded().ToBytes();

        Assert.True(
            generated.AsSpan().SequenceEqual(File.ReadAllBytes(CommittedPath)),
            "src/OffresEmploi.Sdk/Places/Data/places.index differs from the place lists; run `dotnet run --project tools/OffresEmploi.PlaceIndex`.");
    }

    [Fact]
    public void EmbeddedIndex_IsTheCommittedFile()
    {
        var embedded = PlaceData.ReadAll(PlaceIndexFile.FileName);

        Assert.Equal(File.ReadAllBytes(CommittedPath), embedded);
    }

    [Fact]
    public void Read_WhatToBytesWrote_GivesTheSameIndex()
    {
        var built = PlaceIndexFile.BuildEmbedded();

        var read = PlaceIndexFile.Read(built.ToBytes());

        Assert.Equal(built.CommuneCount, read.CommuneCount);
        Assert.Equal(built.DepartementCount, read.DepartementCount);
        Assert.Equal(built.RegionCount, read.RegionCount);
        Assert.Equal(built.NameOrder, read.NameOrder);
        Assert.Equal(built.PostalRows, read.PostalRows);
        Assert.Equal(built.PostalSlots, read.PostalSlots);
        Assert.Equal(built.RegionCount + built.DepartementCount + built.CommuneCount, read.NameOrder.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(1000)]
    public void Read_TruncatedOrForeignBytes_ThrowsNamingTheRegenerationCommand(int keep)
    {
        var bytes = File.ReadAllBytes(CommittedPath)[..keep];

        var ex = Assert.Throws<InvalidDataException>(() => PlaceIndexFile.Read(bytes));

        Assert.Contains("dotnet run --project tools/OffresEmploi.PlaceIndex", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AnotherNumberOfCommunes_ThrowsNamingTheRegenerationCommand()
    {
        var tsv = PlaceData.ReadAll(PlaceData.CommunesFile);

        var ex = Assert.Throws<InvalidDataException>(() => CommuneRows.Parse(tsv, PlaceData.LoadDepartements(), expectedCount: 34_919));

        Assert.Contains("34920 communes", ex.Message, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project tools/OffresEmploi.PlaceIndex", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CommunesOutOfCodeOrder_Throws()
    {
        var (communes, departements, regions) = PlaceData.Load();
        (communes[0], communes[1]) = (communes[1], communes[0]);

        var ex = Assert.Throws<InvalidDataException>(() => PlaceIndexFile.Build(communes, departements, regions));

        Assert.Contains("INSEE code order", ex.Message, StringComparison.Ordinal);
    }
}
