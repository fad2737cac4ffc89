using OffresEmploi.Testing;

namespace OffresEmploi.Tools.Tests.SampleVerifier;

public class SampleVerifierTests
{
    [Fact]
    public void VerifySearchBody_Fixture_ReportsOnlyTheDeliberateUnknownMemberAndCode()
    {
        var problems = OffresEmploi.SampleVerifier.SampleVerifier.VerifySearchBody(RepositoryFiles.ReadResponse("search-page.json"));

        // The fixture carries a member and a contract type the SDK does not know, on purpose (round-trip tests).
        Assert.Equal(
            [
                "$.resultats[0].indicateurTeletravail: no member 'indicateurTeletravail' in Offre",
                "$.resultats[2].typeContrat: not one of the known codes of TypeContrat",
            ],
            problems);
    }

    [Fact]
    public void VerifySearchBody_NestedUnknownMembers_AreEachReportedWithTheirPath()
    {
        const string Json = """
            {"resultats": [{"id": "1", "salaire": {"libelle": "x", "devise": "EUR"}, "competences": [{"code": "1", "niveau": 3}]}],
             "filtresPossibles": [{"filtre": "typeContrat", "agregation": [{"valeurPossible": "CDI", "nbResultats": 1, "part": 0.5}]}]}
            """;

        var problems = OffresEmploi.SampleVerifier.SampleVerifier.VerifySearchBody(Json);

        Assert.Equal(
            [
                "$.resultats[0].salaire.devise: no member 'devise' in Salaire",
                "$.resultats[0].competences[0].niveau: no member 'niveau' in Competence",
                "$.filtresPossibles[0].agregation[0].part: no member 'part' in Agregation",
            ],
            problems);
    }

    [Fact]
    public void VerifySearchBody_WrongType_ReportsTheDeserialisationError()
    {
        var problems = OffresEmploi.SampleVerifier.SampleVerifier.VerifySearchBody("""{"resultats": [{"nombrePostes": "deux"}]}""");

        // The generated converters name the member and the byte offset; the serializer's path stops at the converter.
        Assert.Contains(problems, p => p.Contains(": does not deserialise as ResultatRecherche", StringComparison.Ordinal)
            && p.Contains("'nombrePostes' should be a 32-bit integer", StringComparison.Ordinal));
    }

    [Fact]
    public void VerifySearchBody_FiltersArray_IsCheckedAsFiltresPossibles()
    {
        var problems = OffresEmploi.SampleVerifier.SampleVerifier.VerifySearchBody("""[{"filtre": "experience", "agregation": [{"valeurPossible": "4", "nbResultats": 2}]}]""");

        Assert.Empty(problems);
    }
}
