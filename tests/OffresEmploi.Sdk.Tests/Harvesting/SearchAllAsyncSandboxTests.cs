using OffresEmploi.Sandbox.Corpus;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests.Harvesting;

/// <summary>Complete retrievals against the in-process sandbox, checked against the corpus itself.</summary>
public class SearchAllAsyncSandboxTests
{
    private static HashSet<string> CorpusIds(int size)
    {
        var corpus = OffreCorpus.Build(new CorpusOptions { Seed = 42, Size = size, Now = SandboxClient.Now });
        return Enumerable.Range(0, corpus.Count).Select(corpus.GetId).ToHashSet(StringComparer.Ordinal);
    }

    private static int RequestBudget(int offers) => (int)Math.Ceiling(1.10 * Math.Ceiling(offers / 150.0));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SearchAllAsync_WholeCorpusPastTheCap_YieldsEveryOfferExactlyOnce(bool legacy)
    {
        var (client, _) = SandboxClient.Create(corpusSize: 12_000, legacy: legacy);
        using var _client = client;
        var pageable = client.SearchAllAsync(new OffresSearchRequest(), cancellationToken: TestContext.Current.CancellationToken);

        var ids = new List<string>();
        await foreach (var offre in pageable)
        {
            ids.Add(offre.Id!);
        }

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.True(CorpusIds(12_000).SetEquals(ids));
        var reconciliation = pageable.Reconciliation!;
        Assert.True(reconciliation.IsExact, reconciliation.ToString());
        Assert.Equal(12_000, reconciliation.ExpectedTotal);
        Assert.True(reconciliation.Windows > 1);
        Assert.InRange(reconciliation.Requests, 80, RequestBudget(12_000));
    }

    [Fact]
    public async Task SearchAllAsync_SetUnderTheCap_KeepsTheCallersCriteriaAndNeedsNoWindow()
    {
        var (client, _) = SandboxClient.Create(corpusSize: 12_000);
        using var _client = client;
        var request = new OffresSearchRequest { Departement = ["74", "73"] };
        var first = await client.SearchAsync(request, TestContext.Current.CancellationToken);
        var pageable = client.SearchAllAsync(request, cancellationToken: TestContext.Current.CancellationToken);

        var offres = new List<Offre>();
        await foreach (var offre in pageable)
        {
            offres.Add(offre);
        }

        Assert.InRange(first.Total!.Value, 1, 3_150);
        Assert.Equal(first.Total, offres.Count);
        Assert.All(offres, o => Assert.Matches("^(73|74) - ", o.LieuTravail!.Libelle!));
        Assert.Equal(1, pageable.Reconciliation!.Windows);
        Assert.Equal((int)Math.Ceiling(offres.Count / 150.0), pageable.Reconciliation.Requests);
    }

    [Fact]
    public async Task SearchAllAsync_InterruptedThenResumed_YieldsTheWholeSetWithoutDuplicates()
    {
        var (client, _) = SandboxClient.Create(corpusSize: 12_000);
        using var _client = client;
        var ct = TestContext.Current.CancellationToken;
        var first = new List<string>();
        HarvestCheckpoint? checkpoint = null;
        var pageable = client.SearchAllAsync(new OffresSearchRequest(), cancellationToken: ct);
        await foreach (var page in pageable.AsPages(ct))
        {
            first.AddRange(page.Offres.Select(o => o.Id!));
            checkpoint = pageable.Checkpoint;
            if (first.Count > 4_000)
            {
                break; // interrupted in the middle of the second window
            }
        }

        // The checkpoint travels as JSON, as the CLI stores it.
        var restored = HarvestCheckpoint.FromJson(checkpoint!.ToJson());
        var resumed = client.SearchAllAsync(new OffresSearchRequest(), new HarvestOptions { ResumeFrom = restored }, ct);
        var second = new List<string>();
        await foreach (var offre in resumed)
        {
            second.Add(offre.Id!);
        }

        Assert.Empty(first.Intersect(second));
        Assert.True(CorpusIds(12_000).SetEquals(first.Concat(second)));
        Assert.Equal(12_000, first.Count + second.Count);
        Assert.True(resumed.Reconciliation!.IsExact, resumed.Reconciliation.ToString());
    }

    [Fact]
    public async Task SearchAllAsync_WithExplicitRangeMeetingTheCap_ThrowsIncompleteAfterTheLastReachablePage()
    {
        var (client, _) = SandboxClient.Create(corpusSize: 12_000);
        using var _client = client;
        var pageable = client.SearchAllAsync(new OffresSearchRequest { Range = "3000-3149" }, cancellationToken: TestContext.Current.CancellationToken);

        var pages = new List<OffresEmploi.Sdk.OffresPage>();
        var ex = await Assert.ThrowsAsync<OffresEmploiHarvestException>(async () =>
        {
            await foreach (var page in pageable.AsPages(TestContext.Current.CancellationToken))
            {
                pages.Add(page);
            }
        });

        var only = Assert.Single(pages);
        Assert.Equal(150, only.Offres.Count);
        Assert.True(only.IsTruncatedByApiLimit);
        Assert.Equal(HarvestStopReason.Incomplete, ex.Reason);
        Assert.Equal(12_000 - 3_000, ex.Reconciliation!.ExpectedTotal);
        Assert.Equal(12_000 - 3_150, ex.Reconciliation.Unreachable);
        Assert.Contains("AllowPartial", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAllAsync_WithExplicitRangeAndAllowPartial_WalksToTheCapOnly()
    {
        var (client, _) = SandboxClient.Create(corpusSize: 12_000);
        using var _client = client;
        var pageable = client.SearchAllAsync(
            new OffresSearchRequest { Range = "3000-3149" },
            new HarvestOptions { AllowPartial = true },
            TestContext.Current.CancellationToken);

        var pages = new List<OffresEmploi.Sdk.OffresPage>();
        await foreach (var page in pageable.AsPages(TestContext.Current.CancellationToken))
        {
            pages.Add(page);
        }

        var only = Assert.Single(pages);
        Assert.Equal(150, only.Offres.Count);
        Assert.True(only.IsTruncatedByApiLimit);
        Assert.Null(pageable.Reconciliation);
    }

    [Fact]
    public void SearchAllAsync_NegativeStallTimeout_ThrowsBeforeAnyRequest()
    {
        var (client, _) = SandboxClient.Create(corpusSize: 1_000);
        using var _client = client;

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            client.SearchAllAsync(new OffresSearchRequest(), new HarvestOptions { StallTimeout = TimeSpan.FromSeconds(-1) }, TestContext.Current.CancellationToken));
        Assert.Equal("StallTimeout", ex.ParamName);
    }

    [Fact]
    public void SearchAllAsync_InvalidOptions_ThrowsBeforeAnyRequest()
    {
        var (client, _) = SandboxClient.Create(corpusSize: 1_000);
        using var _client = client;

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            client.SearchAllAsync(new OffresSearchRequest(), new HarvestOptions { MaxConcurrency = 0 }, TestContext.Current.CancellationToken));
        Assert.Equal("MaxConcurrency", ex.ParamName);
    }
}
