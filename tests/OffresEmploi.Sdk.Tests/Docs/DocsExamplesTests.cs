using Microsoft.Extensions.DependencyInjection;
using OffresEmploi.Sandbox;
using OffresEmploi.Sandbox.Http;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests.Docs;

/// <summary>The usage shown in README.md and docs/sdk.md, run against the in-process sandbox.</summary>
public class DocsExamplesTests
{
    [Fact]
    public async Task QuickStart_SearchByKeywordAndDepartement_PrintsOffersOfThatDepartement()
    {
        var (client, _) = SandboxClient.Create(corpusSize: 5_000);
        using var _client = client;

        var page = await client.SearchAsync(new OffresSearchRequest { MotsCles = ["développeur"], Departement = ["74"] }, TestContext.Current.CancellationToken);

        Assert.All(page.Offres, o => Assert.StartsWith("74 - ", o.LieuTravail!.Libelle, StringComparison.Ordinal));
        Assert.Equal(page.Offres.Count, page.Total is > 150 ? 150 : page.Total);
    }

    [Fact]
    public async Task SearchAllAsync_WithProgress_ReconcilesToTheAnnouncedTotal()
    {
        var (client, _) = SandboxClient.Create(corpusSize: 20_000);
        using var _client = client;
        var reports = 0;
        var all = client.SearchAllAsync(
            new OffresSearchRequest { Region = RegionCode.AuvergneRhoneAlpes },
            new HarvestOptions { Progress = new InlineProgress(_ => reports++) },
            TestContext.Current.CancellationToken);

        var count = 0;
        await foreach (var offre in all)
        {
            count++;
        }

        Assert.True(all.Reconciliation!.IsExact, all.Reconciliation.ToString());
        Assert.Equal(all.Reconciliation.ExpectedTotal, count);
        Assert.True(reports > 0);
        Assert.Contains("complete", all.Reconciliation.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_LocalValidation_NamesTheParameterBeforeAnyRequest()
    {
        var (client, _) = SandboxClient.Create(corpusSize: 1_000);
        using var _client = client;

        var ex = await Assert.ThrowsAsync<ArgumentException>(() =>
            client.SearchAsync(new OffresSearchRequest { MotsCles = ["a"] }, TestContext.Current.CancellationToken));

        Assert.Equal("motsCles", ex.ParamName);
    }

    [Fact]
    public async Task Errors_WrongSecret_IsAnAuthenticationExceptionWithTheOAuthCode()
    {
        var (client, _) = SandboxClient.Create(corpusSize: 1_000, configureClient: o => o.ClientSecret = "wrong-secret-value");
        using var _client = client;

        var ex = await Assert.ThrowsAsync<OffresEmploiAuthenticationException>(() =>
            client.SearchAsync(new OffresSearchRequest(), TestContext.Current.CancellationToken));

        Assert.Equal("invalid_client", ex.Error);
        Assert.DoesNotContain("wrong-secret-value", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DependencyInjection_AddOffresEmploi_ResolvesAWorkingClient()
    {
        var created = 0;
        var services = new ServiceCollection();
        services.AddOffresEmploi(
            o =>
            {
                o.ClientId = SandboxDefaults.ClientId;
                o.ClientSecret = SandboxDefaults.ClientSecret;
                o.BaseAddress = SandboxDefaults.BaseAddress;
                o.TokenEndpoint = SandboxDefaults.TokenEndpoint;
                o.RequestsPerSecond = 0;
            },
            _ =>
            {
                created++;
                return new SandboxHttpMessageHandler(new SandboxOptions { CorpusSize = 1_000, Now = SandboxClient.Now });
            });
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<OffresEmploiClient>();
        var page = await client.SearchAsync(new OffresSearchRequest(), TestContext.Current.CancellationToken);

        Assert.Equal(1_000, page.Total);
        Assert.Equal(1, created); // one sandbox serves the token endpoint and the API, as one server would
    }

    [Fact]
    public async Task SearchCriteria_NamesAndCodeStrings_ResolveToARequestTheSandboxAnswers()
    {
        var (client, _) = SandboxClient.Create(corpusSize: 5_000);
        using var _client = client;

        var search = new OffresSearchCriteria
        {
            MotsCles = ["boulanger"],
            Lieu = "Annecy",
            Distance = 20,
            TypeContrat = ["cdi"],
            SalaireMin = 1800, PeriodeSalaire = "M",
        }.Resolve();
        var page = await client.SearchAsync(search.Request with { Sort = Sort.DateCreation }, TestContext.Current.CancellationToken);

        Assert.Equal("Annecy (74010) + 20 km", search.Where);
        Assert.Contains("\"Annecy\" read as Annecy (74), commune 74010.", search.Notes);
        Assert.Equal([TypeContrat.Cdi], search.Request.TypeContrat!);
        Assert.All(page.Offres, o => Assert.Equal(TypeContrat.Cdi, o.TypeContrat));
        var error = Assert.Throws<OffresSearchCriteriaException>(() => new OffresSearchCriteria { Distance = 10 }.Resolve());
        Assert.Equal("--distance applies around a commune: also give one in --commune or --near.",
            error.FormatMessage(name => name switch { "Distance" => "--distance", "Commune" => "--commune", _ => "--near" }));
    }

    [Fact]
    public void Helpers_PlacesSalariesAndCodes_WorkAsDocumented()
    {
        Assert.Equal("74010", PlaceResolver.Default.Resolve("Annecy").Best!.Code);
        var salaire = SalaryParser.Parse(new Salaire { Libelle = "Annuel de 35000.0 Euros à 45000.0 Euros sur 12.0 mois" });
        Assert.Equal(35000m, salaire.Min);
        Assert.Equal(45000m, salaire.Max);
        Assert.Equal("Contrat à durée indéterminée", TypeContrat.Cdi.Label);
        Assert.Equal("XYZ", new TypeContrat("XYZ").ToString());
    }

    private sealed class InlineProgress(Action<HarvestProgress> report) : IProgress<HarvestProgress>
    {
        public void Report(HarvestProgress value) => report(value);
    }
}
