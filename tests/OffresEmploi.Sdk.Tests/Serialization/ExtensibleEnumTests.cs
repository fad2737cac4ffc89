using System.Text.Json;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Serialization;

namespace OffresEmploi.Sdk.Tests.Serialization;

public class ExtensibleEnumTests
{
    [Fact]
    public void Equality_SameCode_IsEqualWithSameHash()
    {
        TypeContrat fromString = "CDI";
        var constructed = new TypeContrat(new string(['C', 'D', 'I']));

        Assert.Equal(TypeContrat.Cdi, fromString);
        Assert.True(TypeContrat.Cdi == constructed);
        Assert.False(TypeContrat.Cdi != constructed);
        Assert.True(TypeContrat.Cdi.Equals((object)constructed));
        Assert.Equal(TypeContrat.Cdi.GetHashCode(), constructed.GetHashCode());
        Assert.True(TypeContrat.Cdi == "CDI");
    }

    [Fact]
    public void Equality_IsOrdinal_CaseMatters()
    {
        TypeContrat lower = "cdi";

        Assert.NotEqual(TypeContrat.Cdi, lower);
        Assert.False(lower.IsKnown);
        Assert.False(TypeContrat.Cdi == "Cdi");
    }

    [Fact]
    public void KnownValue_HasCodeLabelAndIsKnown()
    {
        Assert.Equal("CDI", TypeContrat.Cdi.ToString());
        Assert.Equal("CDI", TypeContrat.Cdi.Value);
        Assert.Equal("Contrat à durée indéterminée", TypeContrat.Cdi.Label);
        Assert.True(TypeContrat.Cdi.IsKnown);
        Assert.Equal(11, TypeContrat.KnownValues.Count);
        Assert.Equal(TypeContrat.Cdi, TypeContrat.KnownValues[0]);
    }

    [Fact]
    public void Labels_KeepTheReferentielSpellingExactly()
    {
        Assert.True(NatureContrat.TryGetLabel("CC", out var chantier));
        Assert.Equal("CDI de chantier ou d\u2019opération", chantier);
        Assert.True(Experience.TryGetLabel("2", out var experience));
        Assert.Equal("De 1 à 3 ans", experience);
        Assert.False(Experience.TryGetLabel("4", out var unknown));
        Assert.Null(unknown);
    }

    [Fact]
    public void TryFromLabel_UnknownLabel_ReturnsFalseAndDefault()
    {
        Assert.False(NatureContrat.TryFromLabel("Contrat inventé", out var value));
        Assert.Equal(default, value);
        Assert.False(NatureContrat.TryFromLabel(null, out _));
    }

    [Fact]
    public void UnknownCode_IsKeptAndRoundTripsThroughJson()
    {
        Experience undocumented = "4";

        var json = JsonSerializer.Serialize(undocumented, OffresEmploiJsonContext.Default.Experience);
        var back = JsonSerializer.Deserialize(json, OffresEmploiJsonContext.Default.Experience);

        Assert.Equal("\"4\"", json);
        Assert.Equal(undocumented, back);
        Assert.False(back.IsKnown);
        Assert.Null(back.Label);
    }

    [Fact]
    public void Json_NumericCodeAndNull_AreTolerated()
    {
        var offer = JsonSerializer.Deserialize("""{"qualificationCode": 6, "deplacementCode": null}""", OffresEmploiJsonContext.Default.Offre)!;

        Assert.Equal(QualificationCode.FromValue("6"), offer.QualificationCode);
        Assert.Null(offer.DeplacementCode);
    }

    [Fact]
    public void Json_ObjectInsteadOfCode_Throws() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"typeContrat": {"code": "CDI"}}""", OffresEmploiJsonContext.Default.Offre));

    [Fact]
    public void Default_HasEmptyCodeAndIsNotKnown()
    {
        var none = default(TypeContrat);

        Assert.Equal(string.Empty, none.Value);
        Assert.Equal(string.Empty, none.ToString());
        Assert.False(none.IsKnown);
        Assert.Equal(default, none);
    }

    [Fact]
    public void Constructor_NullCode_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new TypeContrat(null!));

    [Fact]
    public void Formatting_IgnoresFormatAndCulture()
    {
        IFormattable code = PermisCode.FromValue("B");

        var commaCulture = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
        commaCulture.NumberFormat.NumberDecimalSeparator = ",";

        Assert.Equal("B", code.ToString("N2", commaCulture));
        Assert.Equal("B", $"{code}");
    }
}
