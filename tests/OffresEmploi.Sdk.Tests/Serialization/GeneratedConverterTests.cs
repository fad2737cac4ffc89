using System.Text;
using System.Text.Json;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Serialization;

namespace OffresEmploi.Sdk.Tests.Serialization;

/// <summary>The rules of the models' generated converters, one by one, and the lazily decoded text they keep.</summary>
public class GeneratedConverterTests
{
    private static Offre ReadOffre(string json) => JsonSerializer.Deserialize(json, OffresEmploiJsonContext.Default.Offre)!;

    [Fact]
    public void EscapedAndPlainStrings_ReadAsTheirText()
    {
        var offre = ReadOffre("""{"id":"201ABCD","intitule":"Aide-soignant","description":"Ligne 1\nL\u00e9a dit \"oui\" \ud83d\ude00"}""");

        Assert.Equal("201ABCD", offre.Id);
        Assert.Equal("Aide-soignant", offre.Intitule);
        Assert.Equal("Ligne 1\nLéa dit \"oui\" \U0001F600", offre.Description);
    }

    [Fact]
    public void EscapedMemberName_IsMatched()
    {
        Assert.Equal("x", ReadOffre("""{"d\u0065scription":"x"}""").Description);
    }

    [Fact]
    public void NumbersAsStrings_AreAccepted_AndBadOnesNameTheMember()
    {
        Assert.Equal(3, ReadOffre("""{"nombrePostes":"3"}""").NombrePostes);
        Assert.Equal(3, ReadOffre("""{"nombrePostes":3}""").NombrePostes);

        var error = Assert.Throws<JsonException>(() => ReadOffre("""{"nombrePostes":"3x"}"""));
        Assert.Contains("'nombrePostes'", error.Message, StringComparison.Ordinal);
        Assert.Contains("32-bit integer", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("\"NaN\"")]
    [InlineData("\"Infinity\"")]
    public void NonFiniteNumbers_AreRefusedWhenRead_SoEveryModelReadCanBeWrittenBack(string latitude)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize($$"""{"latitude":{{latitude}}}""", OffresEmploiJsonContext.Default.LieuTravail));

        Assert.Contains("'latitude'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongTokenForAnObject_NamesTheMember()
    {
        var error = Assert.Throws<JsonException>(() => ReadOffre("""{"lieuTravail":"Annecy"}"""));

        Assert.Contains("LieuTravail", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullMembers_AreNull_AndANullCodeIsNotACode()
    {
        // Code types convert implicitly from string; a null must stay null, not become an empty code.
        var offre = ReadOffre("""{"id":null,"typeContrat":null,"lieuTravail":null,"competences":null,"nombrePostes":null}""");

        Assert.Null(offre.Id);
        Assert.Null(offre.TypeContrat);
        Assert.Null(offre.LieuTravail);
        Assert.Null(offre.Competences);
        Assert.Null(offre.NombrePostes);
    }

    [Fact]
    public void NullItemsInLists_AreKept()
    {
        var offre = ReadOffre("""{"competences":[null,{"libelle":"Soins"}]}""");

        Assert.Equal(2, offre.Competences!.Count);
        Assert.Null(offre.Competences[0]);
        Assert.Equal("Soins", offre.Competences[1].Libelle);
    }

    [Fact]
    public void UnknownMembersOfEveryShape_AreSkipped()
    {
        var offre = ReadOffre("""{"zz":{"a":[1,{"b":[true,null,"c"]}]},"id":"X","yy":[[]],"lieuTravail":{"nouveau":{"x":1},"commune":"74010"},"ww":"\u00e9"}""");

        Assert.Equal("X", offre.Id);
        Assert.Equal("74010", offre.LieuTravail!.Commune);
    }

    [Fact]
    public void InvalidUtf8InAString_ReadsAsReplacementCharacters_WithoutFailingThePage()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"id":"A","description":"caf_ ok"}""");
        bytes[Array.IndexOf(bytes, (byte)'_')] = 0xC3; // a lead byte followed by a space: not UTF-8

        var offre = JsonSerializer.Deserialize(bytes, OffresEmploiJsonContext.Default.Offre)!;

        Assert.Equal("A", offre.Id);
        Assert.Equal("caf\uFFFD ok", offre.Description);
    }

    [Fact]
    public void LoneSurrogateEscape_DoesNotThrowOnRead()
    {
        var offre = ReadOffre("""{"description":"a\ud800b"}""");

        Assert.NotNull(offre.Description);
        Assert.StartsWith("a", offre.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_ComparesText_WhetherDecodedOrNot()
    {
        const string Json = """{"libelle":"74 - ANNECY","latitude":45.9,"longitude":6.12,"codePostal":"74000","commune":"74010"}""";
        var first = JsonSerializer.Deserialize(Json, OffresEmploiJsonContext.Default.LieuTravail)!;
        var second = JsonSerializer.Deserialize(Json, OffresEmploiJsonContext.Default.LieuTravail)!;
        var built = new LieuTravail { Libelle = "74 - ANNECY", Latitude = 45.9, Longitude = 6.12, CodePostal = "74000", Commune = "74010" };

        Assert.Equal(first, second);
        Assert.Equal(built, first);
        Assert.Equal(built.GetHashCode(), first.GetHashCode());
        _ = first.Libelle; // decode one side only
        Assert.Equal(first, second);
        Assert.NotEqual(built with { Commune = "74011" }, first);
    }

    [Fact]
    public void With_KeepsUndecodedMembers()
    {
        var offre = ReadOffre("""{"id":"A","description":"L\u00e0-bas"}""");

        var renamed = offre with { Intitule = "Nouveau" };

        Assert.Equal("Là-bas", renamed.Description);
        Assert.Equal("Là-bas", offre.Description);
        Assert.Equal("Nouveau", renamed.Intitule);
    }

    [Fact]
    public void ConcurrentFirstReads_AllSeeTheSameText()
    {
        var offre = ReadOffre("""{"description":"\u00c9t\u00e9 \u00e0 Annecy\nCDI"}""");

        var seen = new string?[16];
        Parallel.For(0, seen.Length, i => seen[i] = offre.Description);

        Assert.All(seen, text => Assert.Equal("Été à Annecy\nCDI", text));
    }

    [Fact]
    public void Write_BeforeAndAfterDecoding_GivesTheSameJson()
    {
        var offre = ReadOffre("""{"id":"A","description":"L\u00e0\n\"bas\"","intitule":"Plain"}""");

        var before = JsonSerializer.Serialize(offre, OffresEmploiJsonContext.Default.Offre);
        _ = offre.Description;
        _ = offre.Intitule;
        var after = JsonSerializer.Serialize(offre, OffresEmploiJsonContext.Default.Offre);

        Assert.Equal(before, after);
        Assert.Equal(JsonSerializer.Serialize(offre, OffresEmploiJsonContext.Metadata.Offre), after);
    }
}
