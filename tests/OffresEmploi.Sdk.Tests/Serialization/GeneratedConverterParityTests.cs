using System.Text.Json;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Serialization;
using OffresEmploi.Testing;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests.Serialization;

/// <summary>
/// The models' generated converters (<see cref="OffresEmploiJsonContext"/> <c>Default</c>) read and write exactly what the
/// serializer's member-by-member metadata (<see cref="OffresEmploiJsonContext.Metadata"/>) reads and writes.
/// </summary>
public class GeneratedConverterParityTests
{
    public static TheoryData<string, string> Bodies()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in new[] { "search-page.json", "offre.json", "offre-partenaire.json", "error-400-range.json", "error-500.json" })
        {
            data.Add(file, RepositoryFiles.ReadResponse(file));
        }

        foreach (var file in new[] { "referentiel-communes.json", "referentiel-departements.json", "referentiel-regions.json", "referentiel-typesContrats.json" })
        {
            data.Add(file, RepositoryFiles.ReadResponse(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Read_ThenWrite_MatchesTheMetadataPath(string file, string json)
    {
        var type = TypeOf(file, json);

        var viaConverters = JsonSerializer.Deserialize(json, OffresEmploiJsonContext.Default.GetTypeInfo(type)!);
        var viaMetadata = JsonSerializer.Deserialize(json, OffresEmploiJsonContext.Metadata.GetTypeInfo(type)!);

        // Same values read: both written by the metadata path give the same bytes.
        var metadataInfo = OffresEmploiJsonContext.Metadata.GetTypeInfo(type)!;
        Assert.Equal(JsonSerializer.Serialize(viaMetadata, metadataInfo), JsonSerializer.Serialize(viaConverters, metadataInfo));
        // Same bytes written: the generated writer against the metadata writer, on the same values.
        Assert.Equal(JsonSerializer.Serialize(viaMetadata, metadataInfo), JsonSerializer.Serialize(viaConverters, OffresEmploiJsonContext.Default.GetTypeInfo(type)!));
    }

    [Fact]
    public async Task SandboxPages_ReadAsTheMetadataPathReadsThem()
    {
        // Pages from the sandbox: many offers, every block, accents and escapes as the sandbox writes them.
        var (client, _) = SandboxClient.Create(corpusSize: 5_000);
        var info = OffresEmploiJsonContext.Metadata.ResultatRecherche;
        foreach (var departement in new[] { "74", "75", "13" })
        {
            var page = await client.SearchAsync(new OffresSearchRequest { Departement = [departement], Range = "0-149" }, TestContext.Current.CancellationToken);
            Assert.InRange(page.Offres.Count, 40, 150);
            var resultat = new ResultatRecherche { Resultats = page.Offres, FiltresPossibles = page.FiltresPossibles };
            var written = JsonSerializer.Serialize(resultat, OffresEmploiJsonContext.Default.ResultatRecherche);

            var again = JsonSerializer.Deserialize(written, OffresEmploiJsonContext.Default.ResultatRecherche)!;
            var metadata = JsonSerializer.Deserialize(written, info)!;

            Assert.Equal(JsonSerializer.Serialize(metadata, info), JsonSerializer.Serialize(again, info));
            Assert.Equal(page.Offres.Select(o => o.Description), again.Resultats!.Select(o => o.Description));
        }
    }

    private static Type TypeOf(string file, string json) => file switch
    {
        "search-page.json" => typeof(ResultatRecherche),
        "offre.json" or "offre-partenaire.json" => typeof(Offre),
        "error-400-range.json" or "error-500.json" => typeof(ErreurApi),
        "referentiel-communes.json" => typeof(IReadOnlyList<Commune>),
        "referentiel-departements.json" => typeof(IReadOnlyList<Departement>),
        "referentiel-regions.json" => typeof(IReadOnlyList<Region>),
        _ => json.TrimStart().StartsWith('[') ? typeof(IReadOnlyList<Referentiel>) : throw new ArgumentException(file, nameof(file)),
    };
}
