using OffresEmploi.Sdk;

namespace OffresEmploi.Mcp.Tests.Deploy;

/// <summary>
/// deploy/compose.yaml, checked without Docker: it is YAML, it sets the server only variables the server reads, and
/// the replica count and the fallback replica count are one number.
/// </summary>
public sealed class ComposeFileTests
{
    private static readonly Dictionary<string, string> NoVariables = [];

    [Fact]
    public void Compose_ParsesAsYaml_WithTheServerRedisAndTheProxy()
    {
        var root = DeployFiles.LoadCompose();
        var services = DeployFiles.Mapping(root, "services");

        Assert.Equal("deploy/Dockerfile", DeployFiles.Scalar(services, DeployFiles.ServerService, "build", "dockerfile"));
        Assert.Equal("..", DeployFiles.Scalar(services, DeployFiles.ServerService, "build", "context"));
        Assert.StartsWith("redis:7", DeployFiles.Scalar(services, "redis", "image"), StringComparison.Ordinal);
        Assert.StartsWith("caddy:", DeployFiles.Scalar(services, "proxy", "image"), StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_SetsTheServer_OnlyVariablesItReads()
    {
        var server = DeployFiles.Mapping(DeployFiles.LoadCompose(), "services", DeployFiles.ServerService);
        var names = DeployFiles.Environment(server).Keys.ToArray();

        var unknown = names.Where(n => !DeployFiles.ServerVariables.Contains(n)).ToArray();
        Assert.True(unknown.Length == 0,
            $"{DeployFiles.Compose} sets {string.Join(", ", unknown)}, which the server never reads (it reads {string.Join(", ", DeployFiles.ServerVariables.Order())})");
        Assert.Subset(names.ToHashSet(), new HashSet<string>
        {
            OffresEmploiOptions.ClientIdVariable,
            OffresEmploiOptions.ClientSecretVariable,
            ServerCommandLine.TokenVariable,
            OffresEmploiOptions.RedisVariable,
            OffresEmploiOptions.RedisFallbackReplicasVariable,
            OffresEmploiOptions.RequestsPerSecondVariable,
        });
    }

    [Fact]
    public void Compose_ServerVariables_AreValidForTheServer()
    {
        // What the server receives once compose has filled the ${...}: FromEnvironment accepts it (it throws on a
        // malformed rate or replica count) and StackExchange.Redis reads the configuration string as meant.
        var server = DeployFiles.Mapping(DeployFiles.LoadCompose(), "services", DeployFiles.ServerService);
        var shell = new Dictionary<string, string>
        {
            [OffresEmploiOptions.ClientIdVariable] = "id",
            [OffresEmploiOptions.ClientSecretVariable] = "secret",
            [ServerCommandLine.TokenVariable] = "token",
            ["REDIS_PASSWORD"] = "0123456789abcdef",
        };
        var environment = DeployFiles.Environment(server).ToDictionary(e => e.Key, e => DeployFiles.Interpolate(e.Value, shell));

        var options = OffresEmploiOptions.FromEnvironment(environment.GetValueOrDefault);
        var redis = StackExchange.Redis.ConfigurationOptions.Parse(options.RedisConfiguration!);

        var endPoint = Assert.IsType<System.Net.DnsEndPoint>(Assert.Single(redis.EndPoints));
        Assert.Equal(("redis", 6379), (endPoint.Host, endPoint.Port));
        Assert.Equal("0123456789abcdef", redis.Password);
        Assert.True(options.RedisFallbackReplicas > 1, $"{options.RedisFallbackReplicas} fallback replicas");
        Assert.DoesNotContain("0123456789abcdef", options.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("5")]
    public void Compose_ReplicaCount_EqualsTheFallbackReplicas(string? replicasVariable)
    {
        // Both come from MCP_REPLICAS: whatever the shell sets (or the default), the two numbers agree.
        var server = DeployFiles.Mapping(DeployFiles.LoadCompose(), "services", DeployFiles.ServerService);
        var shell = replicasVariable is null ? NoVariables : new Dictionary<string, string> { ["MCP_REPLICAS"] = replicasVariable };

        var replicas = int.Parse(DeployFiles.Interpolate(DeployFiles.Scalar(server, "deploy", "replicas"), shell), System.Globalization.CultureInfo.InvariantCulture);
        var fallback = int.Parse(DeployFiles.Interpolate(DeployFiles.Environment(server)[OffresEmploiOptions.RedisFallbackReplicasVariable], shell), System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(replicas, fallback);
        Assert.Equal(replicasVariable is null ? 3 : 5, replicas);
    }

    [Fact]
    public void Compose_RequiredSecrets_StopComposeWhenMissing()
    {
        // ${NAME:?...}: compose refuses to start rather than run replicas without credentials, token or Redis password.
        var server = DeployFiles.Mapping(DeployFiles.LoadCompose(), "services", DeployFiles.ServerService);
        var environment = DeployFiles.Environment(server);

        Assert.All(
            [OffresEmploiOptions.ClientIdVariable, OffresEmploiOptions.ClientSecretVariable, ServerCommandLine.TokenVariable, OffresEmploiOptions.RedisVariable],
            name => Assert.Throws<InvalidOperationException>(() => DeployFiles.Interpolate(environment[name], NoVariables)));
    }

    [Fact]
    public void Interpolate_ReadsComposeSyntax()
    {
        var shell = new Dictionary<string, string> { ["A"] = "1", ["EMPTY"] = "" };

        Assert.Equal("1", DeployFiles.Interpolate("${A:-3}", shell));
        Assert.Equal("3", DeployFiles.Interpolate("${EMPTY:-3}", shell));
        Assert.Equal("x=1,y=", DeployFiles.Interpolate("x=${A},y=${B}", shell));
        Assert.Equal("$P", DeployFiles.Interpolate("$$P", shell));
        Assert.Throws<InvalidOperationException>(() => DeployFiles.Interpolate("${B:?needed}", shell));
    }
}
