using System.Text.Json;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Serialization;

namespace OffresEmploi.Sdk.Tests.Serialization;

public class JsonContextTests
{
    [Fact]
    public void Options_AreTolerantAndExact()
    {
        var options = OffresEmploiJsonContext.Default.Options;

        Assert.Equal(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip, options.UnmappedMemberHandling);
        Assert.False(options.PropertyNameCaseInsensitive);
    }

    [Fact]
    public void Deserialize_CaseVariantOfAMember_IsNotMapped()
    {
        // The API spells it "appellationlibelle"; a differently cased member is another member.
        var offer = JsonSerializer.Deserialize("""{"appellationLibelle": "x", "appellationlibelle": "y"}""", OffresEmploiJsonContext.Default.Offre)!;

        Assert.Equal("y", offer.AppellationLibelle);
    }

    [Fact]
    public void Deserialize_NumberSentAsString_IsAccepted()
    {
        var agregation = JsonSerializer.Deserialize("""{"valeurPossible": "CDI", "nbResultats": "42"}""", OffresEmploiJsonContext.Default.Agregation)!;

        Assert.Equal(42, agregation.NbResultats);
    }

    [Fact]
    public void Serialize_NullMembers_AreOmitted()
    {
        var json = JsonSerializer.Serialize(new LieuTravail { Libelle = "75 - PARIS 01", Commune = "75101" }, OffresEmploiJsonContext.Default.LieuTravail);

        Assert.Equal("""{"libelle":"75 - PARIS 01","commune":"75101"}""", json);
    }

    [Fact]
    public void Context_CoversEveryGeneratedModelAndCodeType()
    {
        // Generated ones only: hand-written models (OffresSearchCriteria) live in the same namespace without being API JSON.
        var generatedTypes = typeof(Offre).Assembly.GetTypes()
            .Where(t => t.Namespace == "OffresEmploi.Sdk.Models" && t.IsPublic && t != typeof(OffresSearchRequest)
                && t.IsDefined(typeof(System.CodeDom.Compiler.GeneratedCodeAttribute), inherit: false))
            .ToList();

        Assert.Contains(typeof(Offre), generatedTypes);
        Assert.Contains(typeof(TypeContrat), generatedTypes);
        Assert.All(generatedTypes, type => Assert.NotNull(OffresEmploiJsonContext.Default.GetTypeInfo(type)));
    }
}
