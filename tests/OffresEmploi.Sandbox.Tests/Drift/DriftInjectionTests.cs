using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using OffresEmploi.Sandbox.Data;
using OffresEmploi.Sandbox.Drift;

namespace OffresEmploi.Sandbox.Tests.Drift;

/// <summary>Each drift kind through the in-process handler, compared with the same request to a clean sandbox:
/// the exact change at the exact JSON path or header, and nothing else.</summary>
public partial class DriftInjectionTests
{
    // 120 offers: range=0-9 answers 206, range=0-149 answers 200, range=200-209 answers 204.
    private const string Partial = "v2/offres/search?range=0-9";
    private const string Complete = "v2/offres/search?range=0-149";
    private const string PastTheEnd = "v2/offres/search?range=200-209";

    private static readonly string UnknownMember = $",\"{DriftProfile.UnknownMemberName}\":\"{DriftProfile.UnknownMemberValue}\"";

    [Fact]
    public async Task NoDrift_Answers_FollowTheContractOnEveryPointDriftChanges()
    {
        // The clean side of every test below: what each kind changes is as the contract says without drift.
        using var sut = DriftedAnswer.CreateSandbox("none");
        var id = await DriftedAnswer.FirstIdAsync();

        var partial = await DriftedAnswer.GetAsync(sut, Partial);
        var complete = await DriftedAnswer.GetAsync(sut, Complete);
        var offre = await DriftedAnswer.GetAsync(sut, "v2/offres/" + id);

        Assert.Equal(HttpStatusCode.PartialContent, partial.Status);
        Assert.Equal("offres 0-9/120", partial.Headers["Content-Range"]);
        Assert.Equal(HttpStatusCode.OK, complete.Status);
        Assert.Equal("offres 0-119/120", complete.Headers["Content-Range"]);
        Assert.Equal(HttpStatusCode.OK, offre.Status);
        var offers = complete.Json.GetProperty("resultats").EnumerateArray().Append(offre.Json).ToList();
        Assert.Equal(121, offers.Count);
        Assert.All(offers, o =>
        {
            Assert.False(o.TryGetProperty(DriftProfile.UnknownMemberName, out _));
            Assert.Contains(o.GetProperty("typeContrat").GetString(), TypesContrats);
            Assert.Equal(JsonValueKind.Number, o.GetProperty("nombrePostes").ValueKind);
        });
    }

    [Fact]
    public async Task NoneOrDefault_Answers_AreByteIdentical()
    {
        var id = await DriftedAnswer.FirstIdAsync();
        foreach (var path in new[] { Partial, Complete, PastTheEnd, "v2/offres/" + id, "v2/referentiel/typesContrats" })
        {
            using var byDefault = new SandboxTestClient(DriftedAnswer.CreateOptions());
            using var none = DriftedAnswer.CreateSandbox("none");

            var expected = await DriftedAnswer.GetAsync(byDefault, path);
            var actual = await DriftedAnswer.GetAsync(none, path);

            Assert.Equal(expected, actual, AnswerComparer.Instance);
        }
    }

    [Theory]
    [InlineData(Partial)]
    [InlineData(Complete)]
    public async Task UnknownMember_Search_AddsChampInconnuAtTheEndOfEveryOffer(string path)
    {
        var (clean, drifted) = await DriftedAnswer.CompareAsync("unknown-member", path);

        // $.resultats[0].champInconnu, and the same for every offer.
        Assert.Equal(DriftProfile.UnknownMemberValue, drifted.Json.GetProperty("resultats")[0].GetProperty("champInconnu").GetString());
        var resultats = drifted.Json.GetProperty("resultats").EnumerateArray().ToList();
        Assert.All(resultats, o => Assert.Equal("champInconnu", o.EnumerateObject().Last().Name));
        Assert.Equal(resultats.Count, Regex.Count(drifted.Body, Regex.Escape(UnknownMember)));
        Assert.Equal(clean.Body, drifted.Body.Replace(UnknownMember, "", StringComparison.Ordinal));
        Assert.Equal(clean.Status, drifted.Status);
        Assert.Equal(clean.Headers.Keys.Order(), drifted.Headers.Keys.Order());
    }

    [Fact]
    public async Task UnknownMember_OffreById_AddsChampInconnuAtTheRoot()
    {
        var (clean, drifted) = await DriftedAnswer.CompareAsync("unknown-member", "v2/offres/" + await DriftedAnswer.FirstIdAsync());

        // $.champInconnu
        Assert.Equal(HttpStatusCode.OK, drifted.Status);
        Assert.Equal(DriftProfile.UnknownMemberValue, drifted.Json.GetProperty("champInconnu").GetString());
        Assert.Equal(clean.Body[..^1] + UnknownMember + "}", drifted.Body);
    }

    [Fact]
    public async Task NewCode_Search_SetsEveryTypeContratToXyz()
    {
        var (clean, drifted) = await DriftedAnswer.CompareAsync("new-code", Partial);

        // $.resultats[0].typeContrat, and the same for every offer.
        Assert.Equal("XYZ", drifted.Json.GetProperty("resultats")[0].GetProperty("typeContrat").GetString());
        Assert.DoesNotContain("XYZ", TypesContrats);
        Assert.All(drifted.Json.GetProperty("resultats").EnumerateArray(), o => Assert.Equal("XYZ", o.GetProperty("typeContrat").GetString()));
        Assert.Equal(TypeContrat().Replace(clean.Body, "\"typeContrat\":\"XYZ\""), drifted.Body);
        Assert.NotEqual(clean.Body, drifted.Body);
    }

    [Fact]
    public async Task NewCode_OffreById_SetsTypeContratToXyz()
    {
        var (clean, drifted) = await DriftedAnswer.CompareAsync("new-code", "v2/offres/" + await DriftedAnswer.FirstIdAsync());

        // $.typeContrat
        Assert.Equal("XYZ", drifted.Json.GetProperty("typeContrat").GetString());
        Assert.Equal(TypeContrat().Replace(clean.Body, "\"typeContrat\":\"XYZ\""), drifted.Body);
    }

    [Fact]
    public async Task TypeChange_Search_MakesEveryNombrePostesAString()
    {
        var (clean, drifted) = await DriftedAnswer.CompareAsync("type-change", Complete);

        // $.resultats[0].nombrePostes, and the same for every offer: the digits, quoted.
        var first = drifted.Json.GetProperty("resultats")[0].GetProperty("nombrePostes");
        Assert.Equal(JsonValueKind.String, first.ValueKind);
        Assert.Equal(clean.Json.GetProperty("resultats")[0].GetProperty("nombrePostes").GetRawText(), first.GetString());
        Assert.All(drifted.Json.GetProperty("resultats").EnumerateArray(), o => Assert.Equal(JsonValueKind.String, o.GetProperty("nombrePostes").ValueKind));
        Assert.Equal(NombrePostes().Replace(clean.Body, "\"nombrePostes\":\"$1\""), drifted.Body);
        Assert.NotEqual(clean.Body, drifted.Body);
    }

    [Fact]
    public async Task TypeChange_OffreById_MakesNombrePostesAString()
    {
        var (clean, drifted) = await DriftedAnswer.CompareAsync("type-change", "v2/offres/" + await DriftedAnswer.FirstIdAsync());

        // $.nombrePostes
        Assert.Equal(JsonValueKind.String, drifted.Json.GetProperty("nombrePostes").ValueKind);
        Assert.Equal(NombrePostes().Replace(clean.Body, "\"nombrePostes\":\"$1\""), drifted.Body);
    }

    [Theory]
    [InlineData(Partial, HttpStatusCode.PartialContent)]
    [InlineData(Complete, HttpStatusCode.OK)]
    public async Task MissingHeader_SearchWithResults_LosesContentRangeOnly(string path, HttpStatusCode status)
    {
        var (clean, drifted) = await DriftedAnswer.CompareAsync("missing-header", path);

        Assert.True(clean.Headers.ContainsKey("Content-Range"));
        Assert.False(drifted.Headers.ContainsKey("Content-Range"));
        Assert.Equal(status, drifted.Status);
        Assert.Equal(clean.Body, drifted.Body);
        Assert.Equal(clean.Headers.Where(h => h.Key != "Content-Range"), drifted.Headers);
        Assert.Equal("150", drifted.Headers["Accept-Range"]);
    }

    [Fact]
    public async Task MissingHeader_NoContent_KeepsContentRange()
    {
        var (clean, drifted) = await DriftedAnswer.CompareAsync("missing-header", PastTheEnd);

        Assert.Equal(HttpStatusCode.NoContent, drifted.Status);
        Assert.Equal("offres */120", drifted.Headers["Content-Range"]);
        Assert.Equal(clean, drifted, AnswerComparer.Instance);
    }

    [Fact]
    public async Task UnexpectedStatus_OffreById_Answers202WithTheSameBodyAndHeaders()
    {
        var (clean, drifted) = await DriftedAnswer.CompareAsync("unexpected-status", "v2/offres/" + await DriftedAnswer.FirstIdAsync());

        Assert.Equal(HttpStatusCode.OK, clean.Status);
        Assert.Equal(HttpStatusCode.Accepted, drifted.Status);
        Assert.Equal(clean.Body, drifted.Body);
        Assert.Equal(clean.Headers, drifted.Headers);
    }

    [Fact]
    public async Task UnexpectedStatus_SearchAndUnknownId_AreUnchanged()
    {
        var (cleanSearch, driftedSearch) = await DriftedAnswer.CompareAsync("unexpected-status", Partial);
        var (cleanUnknown, driftedUnknown) = await DriftedAnswer.CompareAsync("unexpected-status", "v2/offres/ZZZZZZZ");

        Assert.Equal(cleanSearch, driftedSearch, AnswerComparer.Instance);
        Assert.Equal(HttpStatusCode.NoContent, driftedUnknown.Status);
        Assert.Equal(cleanUnknown, driftedUnknown, AnswerComparer.Instance);
    }

    [Theory]
    [InlineData("v2/referentiel/typesContrats")]
    [InlineData("v2/referentiel/communes")]
    [InlineData("v2/offres/search?range=0-9&typeContrat=NOPE")]
    [InlineData("v2/offres/abc")]
    public async Task EveryKind_ReferentielsAndErrors_AreUnchanged(string path)
    {
        var (clean, drifted) = await DriftedAnswer.CompareAsync(string.Join(',', DriftProfile.KindNames), path);

        Assert.Equal(clean, drifted, AnswerComparer.Instance);
    }

    [Fact]
    public async Task EveryKind_TokenEndpoint_IsUnchanged()
    {
        using var sut = DriftedAnswer.CreateSandbox(string.Join(',', DriftProfile.KindNames));

        using var response = await sut.RequestTokenAsync(SandboxTestClient.TokenForm());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("champInconnu", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryKind_OneSearch_CombinesTheirChanges()
    {
        var (_, drifted) = await DriftedAnswer.CompareAsync(string.Join(',', DriftProfile.KindNames), Partial);
        var first = drifted.Json.GetProperty("resultats")[0];

        Assert.Equal(HttpStatusCode.PartialContent, drifted.Status);
        Assert.False(drifted.Headers.ContainsKey("Content-Range"));
        Assert.Equal("drift", first.GetProperty("champInconnu").GetString());
        Assert.Equal("XYZ", first.GetProperty("typeContrat").GetString());
        Assert.Equal(JsonValueKind.String, first.GetProperty("nombrePostes").ValueKind);
    }

    private static IEnumerable<string?> TypesContrats => SandboxData.Instance.TypesContrats.Select(c => c.Code);

    [GeneratedRegex("\"typeContrat\":\"[^\"]*\"")]
    private static partial Regex TypeContrat();

    [GeneratedRegex("\"nombrePostes\":([0-9]+)")]
    private static partial Regex NombrePostes();

    /// <summary>Equal status, headers and body (the record compares its header dictionary by reference).</summary>
    private sealed class AnswerComparer : IEqualityComparer<DriftedAnswer>
    {
        public static readonly AnswerComparer Instance = new();

        public bool Equals(DriftedAnswer? x, DriftedAnswer? y) =>
            x is not null && y is not null && x.Status == y.Status && x.Body == y.Body
            && x.Headers.Count == y.Headers.Count && x.Headers.All(h => y.Headers.TryGetValue(h.Key, out var v) && v == h.Value);

        public int GetHashCode(DriftedAnswer obj) => obj.Body.GetHashCode(StringComparison.Ordinal);
    }
}
