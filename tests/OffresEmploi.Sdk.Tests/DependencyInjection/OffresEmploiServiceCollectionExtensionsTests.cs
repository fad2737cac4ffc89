using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests.DependencyInjection;

public sealed class OffresEmploiServiceCollectionExtensionsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ServiceProvider CreateSut(FakeFranceTravail fake, Action<OffresEmploiOptions>? configure = null, CapturingLoggerProvider? logs = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(fake.Time);
        if (logs is not null)
        {
            services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        }

        services.AddOffresEmploi(
            o =>
            {
                o.ClientId = TestData.ClientId;
                o.ClientSecret = TestData.ClientSecret;
                o.RequestsPerSecond = 0;
                o.MaxRetryAttempts = 2;
                configure?.Invoke(o);
            },
            _ => fake);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task AddOffresEmploi_ResolvesSingletonClientThatSearchesThroughTheTransport()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Enqueue(_ => FakeFranceTravail.Page(HttpStatusCode.PartialContent, FakeFranceTravail.SearchPageJson, "offres 0-149/1287"));
        await using var provider = CreateSut(fake);

        var client = provider.GetRequiredService<OffresEmploiClient>();
        var page = await client.SearchAsync(new OffresSearchRequest { MotsCles = ["boulanger"] }, Ct);

        Assert.Same(client, provider.GetRequiredService<OffresEmploiClient>());
        Assert.Equal(5, page.Offres.Count);
        Assert.Equal(1287, page.Total);
        Assert.Equal($"Bearer {TestData.TokenValue(1)}", fake.Api.Requests[0].Authorization);
        Assert.Equal("https://entreprise.francetravail.fr/connexion/oauth2/access_token?realm=%2Fpartenaire", fake.Token.Requests[0].Uri.AbsoluteUri);
    }

    [Fact]
    public async Task AddOffresEmploi_RegistersTheClientOnly_NotTheInternalRefitInterface()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Enqueue(HttpStatusCode.NoContent);
        await using var provider = CreateSut(fake);

        // The Refit interface is the client's transport (internal since issue #13): the container offers one path.
        Assert.Null(provider.GetService(typeof(IOffresEmploiApi)));
        var offre = await provider.GetRequiredService<OffresEmploiClient>().GetOffreAsync("0603040", Ct);

        Assert.Null(offre);
        Assert.Equal($"Bearer {TestData.TokenValue(1)}", fake.Api.Requests[0].Authorization);
        Assert.Equal("https://api.francetravail.io/partenaire/offresdemploi/v2/offres/0603040", fake.Api.Requests[0].Uri.AbsoluteUri);
    }

    [Fact]
    public async Task AddOffresEmploi_HandlerOrder_RetriesOutsideAuthAndReplays401Inside()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Enqueue(HttpStatusCode.ServiceUnavailable)
            .Enqueue(HttpStatusCode.Unauthorized)
            .Enqueue(_ => FakeFranceTravail.Page(HttpStatusCode.OK, FakeFranceTravail.SearchPageJson, "offres 0-4/5"));
        await using var provider = CreateSut(fake);
        var client = provider.GetRequiredService<OffresEmploiClient>();

        var call = client.SearchAsync(new OffresSearchRequest(), Ct);
        fake.Time.Advance(await fake.Time.WaitForTimerAsync(d => d > TimeSpan.Zero && d <= TimeSpan.FromSeconds(30), Ct));
        var page = await call;

        // 503 → retry (re-enters auth with token 1) → 401 → fresh token 2, replayed once → 200.
        Assert.Equal(5, page.Offres.Count);
        Assert.Equal(
            [$"Bearer {TestData.TokenValue(1)}", $"Bearer {TestData.TokenValue(1)}", $"Bearer {TestData.TokenValue(2)}"],
            fake.Api.Requests.Select(r => r.Authorization));
        Assert.Equal(2, fake.Token.Count);
    }

    [Fact]
    public async Task AddOffresEmploi_UsesTheRegisteredTimeProvider()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Otherwise(_ => FakeFranceTravail.Page(HttpStatusCode.NoContent, null, "*/0"));
        await using var provider = CreateSut(fake);
        var client = provider.GetRequiredService<OffresEmploiClient>();

        _ = await client.SearchAsync(new OffresSearchRequest(), Ct);
        fake.Time.Advance(TimeSpan.FromSeconds(1440));
        _ = await client.SearchAsync(new OffresSearchRequest(), Ct);

        Assert.Equal(2, fake.Token.Count);
    }

    [Fact]
    public void AddOffresEmploi_NoTimeProviderRegistered_AddsTheSystemClock()
    {
        var services = new ServiceCollection().AddOffresEmploi(o => { o.ClientId = "a"; o.ClientSecret = "b"; });

        using var provider = services.BuildServiceProvider();

        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public async Task AddOffresEmploi_InvalidOptions_FailOnHostStart()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddOffresEmploi(o => o.ClientId = "only-an-id");
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains(ex.Failures, f => f.Contains("ClientSecret", StringComparison.Ordinal));
    }

    [Fact]
    public void AddOffresEmploi_ConfigurationSection_BindsEveryKind()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OffresEmploi:ClientId"] = "from-config",
            ["OffresEmploi:ClientSecret"] = "config-secret",
            ["OffresEmploi:BaseAddress"] = "http://localhost:5080/partenaire/offresdemploi/",
            ["OffresEmploi:RequestsPerSecond"] = "4",
            ["OffresEmploi:AttemptTimeout"] = "00:00:15",
            ["OffresEmploi:RangeLimits:MaxFirst"] = "1000",
            ["OffresEmploi:RangeLimits:MaxLast"] = "1149",
        }).Build();
        var services = new ServiceCollection().AddOffresEmploi(configuration.GetSection(OffresEmploiOptions.SectionName));

        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<OffresEmploiOptions>>().Value;

        Assert.Equal("from-config", options.ClientId);
        Assert.Equal(new Uri("http://localhost:5080/partenaire/offresdemploi/"), options.BaseAddress);
        Assert.Equal(4, options.RequestsPerSecond);
        Assert.Equal(TimeSpan.FromSeconds(15), options.AttemptTimeout);
        Assert.Equal((1000, 1149, 150), (options.RangeLimits.MaxFirst, options.RangeLimits.MaxLast, options.RangeLimits.MaxPageSize));
        Assert.Equal("api_offresdemploiv2 o2dsoffre", options.Scopes);
    }

    [Fact]
    public void AddOffresEmploi_Parameterless_BindsTheOffresEmploiSectionOfTheHostConfiguration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OffresEmploi:ClientId"] = "host-config-id",
            ["OffresEmploi:ClientSecret"] = "host-config-secret",
            ["OffresEmploi:BaseAddress"] = "http://localhost:5080/partenaire/offresdemploi/",
            ["OffresEmploi:TokenEndpoint"] = "http://localhost:5080/connexion/oauth2/access_token",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddOffresEmploi();

        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<OffresEmploiOptions>>().Value;

        Assert.Equal("host-config-id", options.ClientId);
        Assert.Equal("http://localhost:5080/connexion/oauth2/access_token", options.TokenEndpoint.AbsoluteUri);
    }

    [Fact]
    public void ApplyEnvironment_FillsOnlyWhatConfigurationLeftUnset()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OffresEmploi:ClientId"] = "configured-id",
            ["OffresEmploi:BaseAddress"] = "https://configured.example/api/",
        }).Build().GetSection(OffresEmploiOptions.SectionName);
        var variables = new Dictionary<string, string>
        {
            ["OFFRES_EMPLOI_CLIENT_ID"] = "env-id",
            ["OFFRES_EMPLOI_CLIENT_SECRET"] = "env-secret",
            ["OFFRES_EMPLOI_BASE_URL"] = "https://env.example/api/",
            ["OFFRES_EMPLOI_TOKEN_URL"] = "https://env.example/token",
            ["OFFRES_EMPLOI_REQUESTS_PER_SECOND"] = "2.5",
        };
        var options = new OffresEmploiOptions { ClientId = "configured-id", BaseAddress = new Uri("https://configured.example/api/") };

        OffresEmploiServiceCollectionExtensions.ApplyEnvironment(options, section, name => variables.GetValueOrDefault(name));

        Assert.Equal("configured-id", options.ClientId);
        Assert.Equal("env-secret", options.ClientSecret);
        Assert.Equal("https://configured.example/api/", options.BaseAddress.AbsoluteUri);
        Assert.Equal("https://env.example/token", options.TokenEndpoint.AbsoluteUri);
        Assert.Equal(2.5, options.RequestsPerSecond);
    }

    [Fact]
    public void ApplyEnvironment_RateConfigured_WinsOverTheVariable_AndNoVariableKeepsTheDefault()
    {
        var configured = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OffresEmploi:RequestsPerSecond"] = "1",
        }).Build().GetSection(OffresEmploiOptions.SectionName);
        var withRate = new OffresEmploiOptions { RequestsPerSecond = 1 };
        var withoutVariable = new OffresEmploiOptions();
        var defaultRate = withoutVariable.RequestsPerSecond;

        OffresEmploiServiceCollectionExtensions.ApplyEnvironment(withRate, configured, name => name == OffresEmploiOptions.RequestsPerSecondVariable ? "9" : null);
        OffresEmploiServiceCollectionExtensions.ApplyEnvironment(withoutVariable, new ConfigurationBuilder().Build().GetSection(OffresEmploiOptions.SectionName), _ => null);

        Assert.Equal(1, withRate.RequestsPerSecond);
        Assert.Equal(defaultRate, withoutVariable.RequestsPerSecond);
    }

    [Fact]
    public async Task AddOffresEmploi_TransportIsNotDisposedWithTheProvider()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Otherwise(_ => FakeFranceTravail.Page(HttpStatusCode.NoContent, null, "*/0"));
        await using (var provider = CreateSut(fake))
        {
            _ = await provider.GetRequiredService<OffresEmploiClient>().SearchAsync(new OffresSearchRequest(), Ct);
        }

        using var client = fake.CreateClient();
        var page = await client.SearchAsync(new OffresSearchRequest(), Ct);

        Assert.Empty(page.Offres);
    }

    [Fact]
    public void AddOffresEmploi_TwiceDoesNotDuplicateValidators()
    {
        var services = new ServiceCollection()
            .AddOffresEmploi(o => { o.ClientId = "a"; o.ClientSecret = "b"; })
            .AddOffresEmploi(o => o.MaxRetryAttempts = 1);

        using var provider = services.BuildServiceProvider();

        Assert.Equal(2, provider.GetServices<IValidateOptions<OffresEmploiOptions>>().Count());
        Assert.Equal(1, provider.GetRequiredService<IOptions<OffresEmploiOptions>>().Value.MaxRetryAttempts);
    }

    [Fact]
    public async Task AddOffresEmploi_CalledTwice_DoesNotStackHandlers()
    {
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Otherwise(_ => new HttpResponseMessage(HttpStatusCode.Unauthorized));
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(fake.Time)
            .AddOffresEmploi(o => { o.ClientId = TestData.ClientId; o.ClientSecret = TestData.ClientSecret; o.RequestsPerSecond = 0; }, _ => fake)
            .AddOffresEmploi(o => o.MaxRetryAttempts = 0, _ => fake);
        await using var provider = services.BuildServiceProvider();

        _ = await Assert.ThrowsAsync<OffresEmploiAuthenticationException>(
            () => provider.GetRequiredService<OffresEmploiClient>().SearchAsync(new OffresSearchRequest(), Ct));

        // One authentication handler: the first attempt and its bounded replays (two handlers would double them).
        Assert.Equal(1 + OffresEmploi.Sdk.Authentication.OffresEmploiAuthenticationHandler.MaxReplays, fake.Api.Count);
    }
}
