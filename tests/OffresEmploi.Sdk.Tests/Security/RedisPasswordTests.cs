using Microsoft.Extensions.Options;
using OffresEmploi.Sdk.Tests.TestSupport;
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

    [Fact]
    public async Task SweepWithRedisConfigured_NormalCalls_LeakNoRedisPassword()
    {
        using var sandbox = new SweepSandbox();
        sandbox.Sweep.AddSecret(Password, "Redis password");
        var options = sandbox.Options();
        options.RedisConfiguration = $"127.0.0.1:6379,password={Password}";
        sandbox.Sweep.Add(SweepChannel.ToStringText, options.ToString());
        using var client = new OffresEmploiClient(options, sandbox.Transport, TimeProvider.System, sandbox.Sweep.LoggerFactory);
        sandbox.Sweep.Add(SweepChannel.ToStringText, client.ToString());

        _ = await SweepWorkload.RunAsync(client, sandbox.Sweep, TestContext.Current.CancellationToken);

        SweepReport.Write("Redis configured", sandbox.Sweep);
        sandbox.Sweep.AssertClean(SweepChannel.Log, SweepChannel.Exception, SweepChannel.ToStringText);
    }
}
