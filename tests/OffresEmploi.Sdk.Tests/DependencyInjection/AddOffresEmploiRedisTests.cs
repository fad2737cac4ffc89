using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.Redis;

namespace OffresEmploi.Sdk.Tests.DependencyInjection;

/// <summary>
/// <c>AddOffresEmploiRedis</c> and the <c>OFFRES_EMPLOI_REDIS*</c> variables in DI: the options they set, the errors
/// that name the parameter, and two containers (two processes) that share one token through a real redis-server.
/// </summary>
public sealed class AddOffresEmploiRedisTests
{
    [Fact]
    public void AddOffresEmploiRedis_SetsTheConfigurationAndTheFallback_WhicheverOrderItIsCalledIn()
    {
        var services = new ServiceCollection();
        services.AddOffresEmploiRedis("redis-1:6379,password=p4ss", fallbackReplicas: 4);
        services.AddOffresEmploi(o => { o.ClientId = TestData.ClientId; o.ClientSecret = TestData.ClientSecret; o.RedisConfiguration = "overwritten:6379"; });
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<OffresEmploiOptions>>().Value;

        Assert.Equal("redis-1:6379,password=p4ss", options.RedisConfiguration);
        Assert.Equal(4, options.RedisFallbackReplicas);
    }

    [Theory]
    [InlineData("", 1, "configuration")]
    [InlineData("127.0.0.1:6379,connectTimeout=soon,password=p4ss-SECRET", 1, "configuration")]
    [InlineData("127.0.0.1:6379", 0, "fallbackReplicas")]
    [InlineData("127.0.0.1:6379", 1001, "fallbackReplicas")]
    public void AddOffresEmploiRedis_BadArguments_FailAtOnce_NamingTheParameter_NotThePassword(string configuration, int replicas, string parameter)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new ServiceCollection().AddOffresEmploiRedis(configuration, replicas));

        Assert.Equal(parameter, error.ParamName);
        Assert.DoesNotContain("p4ss-SECRET", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ApplyEnvironment_ReadsTheRedisVariables_UnlessTheSectionSetsThem()
    {
        var variables = new Dictionary<string, string>
        {
            [OffresEmploiOptions.RedisVariable] = "from-env:6379",
            [OffresEmploiOptions.RedisFallbackReplicasVariable] = "3",
        };
        var empty = new ConfigurationBuilder().Build().GetSection(OffresEmploiOptions.SectionName);
        var configured = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OffresEmploi:RedisConfiguration"] = "from-section:6379",
        }).Build().GetSection(OffresEmploiOptions.SectionName);
        var fromEnvironment = new OffresEmploiOptions();
        var fromSection = new OffresEmploiOptions { RedisConfiguration = "from-section:6379" };

        OffresEmploiServiceCollectionExtensions.ApplyEnvironment(fromEnvironment, empty, name => variables.GetValueOrDefault(name));
        OffresEmploiServiceCollectionExtensions.ApplyEnvironment(fromSection, configured, name => variables.GetValueOrDefault(name));

        Assert.Equal("from-env:6379", fromEnvironment.RedisConfiguration);
        Assert.Equal(3, fromEnvironment.RedisFallbackReplicas);
        Assert.Equal("from-section:6379", fromSection.RedisConfiguration);
    }

    [Fact(Timeout = 60_000)]
    public async Task Two_containers_on_one_Redis_request_one_token()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await RedisServer.StartAsync(cancellationToken: ct);
        using var fake = new FakeFranceTravail();
        _ = fake.Api.Otherwise(_ => FakeFranceTravail.Page(HttpStatusCode.PartialContent, FakeFranceTravail.SearchPageJson, "offres 0-149/1287"));
        await using var first = Container(fake, server);
        await using var second = Container(fake, server);

        _ = await first.GetRequiredService<OffresEmploiClient>().SearchAsync(new OffresSearchRequest { MotsCles = ["boulanger"] }, ct);
        _ = await second.GetRequiredService<OffresEmploiClient>().SearchAsync(new OffresSearchRequest { MotsCles = ["boulanger"] }, ct);

        Assert.Single(fake.Token.Requests);
        Assert.All(fake.Api.Requests, r => Assert.Equal($"Bearer {TestData.TokenValue(1)}", r.Authorization));
        Assert.Equal(2, fake.Api.Requests.Count);
    }

    /// <summary>A container as one process has it: its own clock (the system's, under its own identity), the shared Redis.</summary>
    private static ServiceProvider Container(FakeFranceTravail fake, RedisServer server)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new OwnClock());
        services.AddOffresEmploi(o => { o.ClientId = TestData.ClientId; o.ClientSecret = TestData.ClientSecret; o.RequestsPerSecond = 0; }, _ => fake);
        services.AddOffresEmploiRedis(server.Configuration, fallbackReplicas: 2);
        return services.BuildServiceProvider();
    }

    private sealed class OwnClock : TimeProvider;
}
