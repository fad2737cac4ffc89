using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using OffresEmploi.Sandbox.Corpus;

namespace OffresEmploi.Sandbox.Tests.Corpus;

/// <summary>
/// Day 0 is the corpus as it was before the sandbox learnt about days (<see cref="CorpusOptions.Day"/>): the hashes
/// below were taken at the commit before that change (48ad94a), on the default options and through the HTTP
/// handler, so any byte that moves in an offer or in a search answer of day 0 fails here.
/// </summary>
public class DayZeroSnapshotTests
{
    /// <summary>SHA-256 of every offer of the default corpus (seed 42, 20,000 offers, 2026-01-15T12:00Z), JSON joined by '\n'.</summary>
    private const string DefaultCorpusHash = "3F1E5680DF0B12314178727C9A78359F6F6BF20D7C6945A600569DCEC6A519E6";

    /// <summary>SHA-256 of the answers (status, Content-Range, body) to <see cref="Requests"/>, joined by '\n'.</summary>
    private const string AnswersHash = "47F9B79D8408D17815C213C69BBEAAB47A0296E0EE95E323AC1917D4714CA6D9";

    private static readonly string[] Requests =
    [
        "v2/offres/search",
        "v2/offres/search?range=3000-3149",
        "v2/offres/search?departement=74&range=0-149",
        "v2/offres/search?publieeDepuis=3&range=150-299",
        "v2/offres/search?motsCles=boulanger&sort=0",
        "v2/offres/search?commune=69381&distance=20&sort=2",
        "v2/offres/search?minCreationDate=2026-02-20T00:00:00Z&maxCreationDate=2026-02-27T00:00:00Z",
        "v2/offres/search?typeContrat=CDD&salaireMin=2000&periodeSalaire=M",
    ];

    private static string Sha256(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Build_DefaultOptions_GivesTheOffersOfBeforeDays()
    {
        var corpus = OffreCorpus.Build(new CorpusOptions());

        var json = string.Join('\n', Enumerable.Range(0, corpus.Count).Select(i => TestCorpus.ToJson(corpus, i).GetRawText()));

        Assert.Equal(DefaultCorpusHash, Sha256(json));
    }

    [Fact]
    public async Task Handler_DayZero_AnswersAsBeforeDays()
    {
        var options = SandboxTestClient.CreateOptions(corpusSize: 5_000);
        options.TimeProvider = new FakeTimeProvider(SandboxTestClient.FixedNow.AddHours(9));
        using var sut = new SandboxTestClient(options);
        var answers = new List<string>();
        var ids = new List<string>();
        foreach (var request in Requests)
        {
            using var response = await sut.GetAuthorizedAsync(request);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            answers.Add($"{(int)response.StatusCode} {response.Content.Headers.GetValues("Content-Range").Single()} {body}");
        }

        using (var search = await sut.GetAuthorizedAsync("v2/offres/search?range=0-9"))
        using (var json = await SandboxTestClient.ReadJsonAsync(search))
        {
            ids.AddRange(json.RootElement.GetProperty("resultats").EnumerateArray().Select(o => o.GetProperty("id").GetString()!));
        }

        foreach (var id in ids)
        {
            using var response = await sut.GetAuthorizedAsync("v2/offres/" + id);
            answers.Add($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        }

        Assert.All(answers, a => Assert.StartsWith("20", a, StringComparison.Ordinal));
        Assert.Equal(AnswersHash, Sha256(string.Join('\n', answers)));
    }
}
