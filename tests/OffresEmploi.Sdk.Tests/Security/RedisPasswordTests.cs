using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.Redis;
using OffresEmploi.Testing.Security;

namespace OffresEmploi.Sdk.Tests.Security;

/// <summary>
/// The Redis configuration string (<c>OFFRES_EMPLOI_REDIS</c>) can carry a password: it never shows in ToString(),
/// validation or environment errors, and the redactor masks it wherever the SDK's own texts echo it.
/// </summary>
public sealed class RedisPasswordTests
{
    private const string Password = "redis-PASS-4vQm9Tz";

    public static TheoryData<string, string> Configurations => new()
    {
        { $"127.0.0.1:6379,password={Password},abortConnect=false", "127.0.0.1:6379,password=***,abortConnect=false" },
        { $"redis-1:6380, PASSWORD = {Password} ,ssl=true", "redis-1:6380, PASSWORD =***,ssl=true" },
        { $"redis://default:{Password}@cache.internal:6379", "redis://***@cache.internal:6379" },
    };

    [Theory]
    [MemberData(nameof(Configurations))]
    public void ToString_MasksThePasswordAndKeepsTheRest(string configuration, string expected)
    {
        var options = TestData.Options(o => o.RedisConfiguration = configuration);

        var text = options.ToString();

        Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
        Assert.Contains($"RedisConfiguration = {expected},", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_WithoutRedis_SaysNothingAboutIt()
    {
        Assert.DoesNotContain("Redis", TestData.Options().ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Redactor_MasksThePasswordOfTheOptions(string configuration, string expected)
    {
        _ = expected;
        var secrets = KnownSecrets.For(TestData.Options(o => o.RedisConfiguration = configuration));

        var text = SensitiveDataRedactor.Redact($"It was unable to connect: AUTH {Password} failed", secrets);

        Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
        Assert.Contains("AUTH *** failed", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidationAndEnvironmentErrors_NeverQuoteThePassword()
    {
        var configuration = $"127.0.0.1:6379,password={Password}";
        var options = TestData.Options(o => { o.RedisConfiguration = configuration; o.RedisFallbackReplicas = 0; });

        var invalid = Assert.Throws<OptionsValidationException>(() => OffresEmploiOptionsCustomValidator.ThrowIfInvalid(options));
        var badEnvironment = Assert.Throws<FormatException>(() => OffresEmploiOptions.FromEnvironment(name => name switch
        {
            OffresEmploiOptions.RedisVariable => configuration,
            OffresEmploiOptions.RedisFallbackReplicasVariable => "none",
            _ => null,
        }));

        Assert.Contains(invalid.Failures, f => f.Contains(nameof(OffresEmploiOptions.RedisFallbackReplicas), StringComparison.Ordinal));
        foreach (var text in new[] { invalid.ToString(), badEnvironment.ToString() })
        {
            Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
        }
    }

    [Fact(Timeout = 90_000)]
    public async Task SweepWithSharedPacing_RedisUpThenDown_LeaksNoRedisPassword()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var redis = await RedisServer.StartAsync(Password, cancellationToken);
        using var sandbox = new SweepSandbox();
        sandbox.Sweep.AddSecret(Password, "Redis password");
        var options = sandbox.Options();
        options.RedisConfiguration = redis.Configuration + ",connectTimeout=2000,asyncTimeout=2000";
        options.RequestsPerSecond = 1000;
        sandbox.Sweep.Add(SweepChannel.ToStringText, options.ToString());
        using var logs = new CapturingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(sandbox.Sweep.LoggerProvider).AddProvider(logs));
        using var client = new OffresEmploiClient(options, sandbox.Transport, TimeProvider.System, loggerFactory);
        sandbox.Sweep.Add(SweepChannel.ToStringText, client.ToString());

        // Shared pacing through the password-protected store, then the local fallback and its warning once it is gone.
        _ = await SweepWorkload.RunAsync(client, sandbox.Sweep, cancellationToken);
        await redis.StopAsync(cancellationToken);
        _ = await SweepWorkload.RunAsync(client, sandbox.Sweep, cancellationToken);

        Assert.Single(logs.Entries, e => e.Message.Contains("Redis store cannot be reached", StringComparison.Ordinal));
        SweepReport.Write("Redis shared pacing", sandbox.Sweep);
        sandbox.Sweep.AssertClean(SweepChannel.Log, SweepChannel.Exception, SweepChannel.ToStringText);
    }
}
