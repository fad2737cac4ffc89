using OffresEmploi.Mcp.LoadTest;
using OffresEmploi.Testing.Load;

namespace OffresEmploi.Tools.Tests.LoadTest;

/// <summary>The load test tool's command line (tools/OffresEmploi.Mcp.LoadTest); the driver it runs is tested in the MCP tests.</summary>
public class LoadCommandLineTests
{
    [Fact]
    public void CommandLine_ParsesOptions()
    {
        var (options, json) = LoadCommandLine.Parse(["--clients", "5", "--calls", "7", "--rate", "12.5", "--token-lifetime", "90", "--mix", "resolve=1", "--json"]);

        Assert.True(json);
        Assert.Equal(5, options!.Clients);
        Assert.Equal(7, options.Calls);
        Assert.Equal(12.5, options.Rate);
        Assert.Equal(13, options.EffectiveBurst);
        Assert.Equal(TimeSpan.FromSeconds(90), options.TokenLifetime);
        Assert.Equal(new ToolMix(0, 0, 0, 1, 0), options.Mix);
    }

    [Fact]
    public void CommandLine_ParsesReplicasAndKill_DefaultsToOneReplicaNoKill()
    {
        var (options, _) = LoadCommandLine.Parse(["--replicas", "3", "--kill-replica-after", "40"]);
        var (defaults, _) = LoadCommandLine.Parse([]);

        Assert.Equal(3, options!.Replicas);
        Assert.Equal(40, options.KillReplicaAfter);
        options.Validate();
        Assert.Equal(1, defaults!.Replicas);
        Assert.Equal(0, defaults.KillReplicaAfter);
        Assert.Empty(defaults.ReplicaEnvironment);
    }

    [Fact]
    public void CommandLine_ParsesRedisAndItsOutage_DefaultsToNoRedis()
    {
        var (options, _) = LoadCommandLine.Parse(["--replicas", "3", "--redis", "--redis-down-after", "20", "--redis-down-for", "25"]);
        var (defaults, _) = LoadCommandLine.Parse([]);

        Assert.True(options!.SharedRedis);
        Assert.Equal(20, options.RedisDownAfter);
        Assert.Equal(25, options.RedisDownFor);
        options.Validate();
        Assert.False(defaults!.SharedRedis);
        Assert.Equal(0, defaults.RedisDownAfter);
    }

    [Theory]
    [InlineData("--replicas 0", "--replicas")]
    [InlineData("--replicas 9", "--replicas")]
    [InlineData("--kill-replica-after 10", "--kill-replica-after")]
    [InlineData("--replicas 2 --kill-replica-after -1", "--kill-replica-after")]
    [InlineData("--replicas 2 --clients 2 --calls 5 --kill-replica-after 10", "--kill-replica-after")]
    [InlineData("--replicas 2 --mcp http://127.0.0.1:5139/mcp --sandbox http://127.0.0.1:5140/", "--replicas")]
    [InlineData("--redis-down-after 10 --redis-down-for 5", "--redis-down-after")]
    [InlineData("--redis --redis-down-after 10", "--redis-down-after")]
    [InlineData("--redis --clients 2 --calls 10 --redis-down-after 10 --redis-down-for 10", "--redis-down-after")]
    [InlineData("--redis --mcp http://127.0.0.1:5139/mcp --sandbox http://127.0.0.1:5140/", "--replicas")]
    public void Options_Validate_RefusesBadReplicaOptions_NamingTheOption(string arguments, string option)
    {
        var (options, _) = LoadCommandLine.Parse(arguments.Split(' '));

        var error = Assert.Throws<ArgumentException>(options!.Validate);
        Assert.StartsWith(option + " ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--token-lifetime", "0")]
    [InlineData("--clients", "0")]
    [InlineData("--rate", "0")]
    [InlineData("--mcp", "http://127.0.0.1:5139/mcp")]
    public void Options_Validate_RefusesWhatTheRunCouldNotCheck(string name, string value)
    {
        var (options, _) = LoadCommandLine.Parse([name, value]);

        _ = Assert.Throws<ArgumentException>(options!.Validate);
    }
}
