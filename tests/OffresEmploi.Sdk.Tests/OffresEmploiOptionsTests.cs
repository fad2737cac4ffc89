using Microsoft.Extensions.Options;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests;

public sealed class OffresEmploiOptionsTests
{
    [Fact]
    public void Ctor_EnsureDefaults()
    {
        var options = new OffresEmploiOptions();

        Assert.Equal("OffresEmploi", OffresEmploiOptions.SectionName);
        Assert.Equal("https://api.francetravail.io/partenaire/offresdemploi/", options.BaseAddress.AbsoluteUri);
        Assert.Equal("https://entreprise.francetravail.fr/connexion/oauth2/access_token", options.TokenEndpoint.AbsoluteUri);
        Assert.Equal("/partenaire", options.Realm);
        Assert.Equal("api_offresdemploiv2 o2dsoffre", options.Scopes);
        Assert.Equal(TimeSpan.FromSeconds(60), options.TokenRefreshMargin);
        Assert.Equal(3, options.RequestsPerSecond);
        Assert.True(options.AdaptToRateLimitHeaders);
        Assert.Equal(3, options.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromSeconds(1), options.RetryBaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(30), options.MaxRetryDelay);
        Assert.Equal(TimeSpan.FromSeconds(30), options.AttemptTimeout);
        Assert.Equal(TimeSpan.FromMinutes(2), options.TotalTimeout);
        Assert.Equal(TimeSpan.FromHours(24), options.ReferentielCacheLifetime);
        Assert.Equal((3000, 3149, 150), (options.RangeLimits.MaxFirst, options.RangeLimits.MaxLast, options.RangeLimits.MaxPageSize));
        Assert.Null(options.RedisConfiguration);
        Assert.Equal(1, options.RedisFallbackReplicas);
    }

    [Fact]
    public void ToString_NeverContainsTheSecret()
    {
        var options = TestData.Options();

        var text = options.ToString();

        Assert.DoesNotContain(TestData.ClientSecret, text, StringComparison.Ordinal);
        Assert.Contains(TestData.ClientId, text, StringComparison.Ordinal);
        Assert.Contains("ClientSecret = ***", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ValidOptions_Succeeds() => OffresEmploiOptionsCustomValidator.ThrowIfInvalid(TestData.Options());

    [Theory]
    [InlineData(nameof(OffresEmploiOptions.ClientId))]
    [InlineData(nameof(OffresEmploiOptions.ClientSecret))]
    public void Validate_MissingCredential_FailsNamingTheProperty(string property)
    {
        var options = TestData.Options(o =>
        {
            if (property == nameof(OffresEmploiOptions.ClientId))
            {
                o.ClientId = " ";
            }
            else
            {
                o.ClientSecret = "";
            }
        });

        var ex = Assert.Throws<OptionsValidationException>(() => OffresEmploiOptionsCustomValidator.ThrowIfInvalid(options));

        Assert.Contains(ex.Failures, f => f.Contains(property, StringComparison.Ordinal));
        Assert.DoesNotContain(TestData.ClientSecret, ex.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, Action<OffresEmploiOptions>> InvalidSettings => new()
    {
        { "AttemptTimeout", o => o.AttemptTimeout = TimeSpan.FromMinutes(5) },
        { "RetryBaseDelay", o => { o.RetryBaseDelay = TimeSpan.FromSeconds(40); } },
        { "TokenRefreshMargin", o => o.TokenRefreshMargin = TimeSpan.FromMinutes(11) },
        { "TokenRefreshMargin", o => o.TokenRefreshMargin = TimeSpan.FromSeconds(-1) },
        { "TotalTimeout", o => { o.TotalTimeout = TimeSpan.FromMilliseconds(1); o.AttemptTimeout = TimeSpan.FromMilliseconds(1); } },
        { "ReferentielCacheLifetime", o => o.ReferentielCacheLifetime = TimeSpan.FromDays(31) },
        { "RequestsPerSecond", o => o.RequestsPerSecond = -1 },
        { "RequestsPerSecond", o => o.RequestsPerSecond = double.NaN },
        { "MaxRetryAttempts", o => o.MaxRetryAttempts = 21 },
        { "RedisFallbackReplicas", o => o.RedisFallbackReplicas = 0 },
        { "OFFRES_EMPLOI_REDIS_FALLBACK_REPLICAS", o => o.RedisFallbackReplicas = 1001 },
        { "BaseAddress", o => o.BaseAddress = new Uri("https://api.francetravail.io/partenaire/offresdemploi") },
        { "BaseAddress", o => o.BaseAddress = new Uri("ftp://example.org/") },
        { "TokenEndpoint", o => o.TokenEndpoint = new Uri("/relative", UriKind.Relative) },
        { "Scopes", o => o.Scopes = "  " },
        { "RangeLimits", o => o.RangeLimits = new OffresRangeLimits { MaxFirst = 2000, MaxLast = 1000 } },
        { "MaxPageSize", o => o.RangeLimits = new OffresRangeLimits { MaxPageSize = 0 } },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void Validate_InvalidSetting_FailsNamingIt(string property, Action<OffresEmploiOptions> configure)
    {
        var options = TestData.Options(configure);

        var ex = Assert.Throws<OptionsValidationException>(() => OffresEmploiOptionsCustomValidator.ThrowIfInvalid(options));

        Assert.Contains(ex.Failures, f => f.Contains(property, StringComparison.Ordinal));
    }

    [Fact]
    public void FromEnvironment_ReadsTheFourVariables()
    {
        var variables = new Dictionary<string, string>
        {
            ["OFFRES_EMPLOI_CLIENT_ID"] = "id-from-env",
            ["OFFRES_EMPLOI_CLIENT_SECRET"] = "secret-from-env",
            ["OFFRES_EMPLOI_BASE_URL"] = "http://localhost:5080/partenaire/offresdemploi",
            ["OFFRES_EMPLOI_TOKEN_URL"] = "http://localhost:5080/connexion/oauth2/access_token",
        };

        var options = OffresEmploiOptions.FromEnvironment(name => variables.GetValueOrDefault(name));

        Assert.Equal("id-from-env", options.ClientId);
        Assert.Equal("secret-from-env", options.ClientSecret);
        Assert.Equal("http://localhost:5080/partenaire/offresdemploi/", options.BaseAddress.AbsoluteUri);
        Assert.Equal("http://localhost:5080/connexion/oauth2/access_token", options.TokenEndpoint.AbsoluteUri);
        OffresEmploiOptionsCustomValidator.ThrowIfInvalid(options);
    }

    [Fact]
    public void FromEnvironment_NothingSet_KeepsDefaults()
    {
        var options = OffresEmploiOptions.FromEnvironment(_ => null);

        Assert.Equal("", options.ClientId);
        Assert.Equal(OffresEmploiOptions.DefaultBaseAddress, options.BaseAddress);
    }

    [Theory]
    [InlineData("150", 150d)]
    [InlineData(" 2.5 ", 2.5d)]
    [InlineData("0", 0d)]
    public void FromEnvironment_RequestsPerSecond_SetsThePace(string value, double expected)
    {
        var options = OffresEmploiOptions.FromEnvironment(name => name == OffresEmploiOptions.RequestsPerSecondVariable ? value : null);

        Assert.Equal(expected, options.RequestsPerSecond);
    }

    [Fact]
    public void FromEnvironment_RequestsPerSecondUnset_KeepsTheDefault()
    {
        var options = OffresEmploiOptions.FromEnvironment(_ => null);

        Assert.Equal(new OffresEmploiOptions().RequestsPerSecond, options.RequestsPerSecond);
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("-1")]
    [InlineData("1001")]
    [InlineData("NaN")]
    public void FromEnvironment_BadRequestsPerSecond_ThrowsNamingTheVariable(string value)
    {
        var ex = Assert.Throws<FormatException>(() => OffresEmploiOptions.FromEnvironment(name => name == "OFFRES_EMPLOI_REQUESTS_PER_SECOND" ? value : null));

        Assert.Contains("OFFRES_EMPLOI_REQUESTS_PER_SECOND", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEnvironment_RedisVariables_SetSharedStateAndFallback()
    {
        var variables = new Dictionary<string, string>
        {
            ["OFFRES_EMPLOI_REDIS"] = " redis-1:6379,redis-2:6379,abortConnect=false ",
            ["OFFRES_EMPLOI_REDIS_FALLBACK_REPLICAS"] = "3",
        };

        var options = OffresEmploiOptions.FromEnvironment(name => variables.GetValueOrDefault(name));

        Assert.Equal("redis-1:6379,redis-2:6379,abortConnect=false", options.RedisConfiguration);
        Assert.Equal(3, options.RedisFallbackReplicas);
    }

    [Fact]
    public void FromEnvironment_RedisUnsetOrBlank_KeepsStateInProcess()
    {
        Assert.Null(OffresEmploiOptions.FromEnvironment(_ => null).RedisConfiguration);
        Assert.Null(OffresEmploiOptions.FromEnvironment(name => name == OffresEmploiOptions.RedisVariable ? "   " : null).RedisConfiguration);
        Assert.Equal(1, OffresEmploiOptions.FromEnvironment(_ => null).RedisFallbackReplicas);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("1.5")]
    [InlineData("1001")]
    [InlineData("three")]
    public void FromEnvironment_BadFallbackReplicas_ThrowsNamingTheVariable(string value)
    {
        var ex = Assert.Throws<FormatException>(() => OffresEmploiOptions.FromEnvironment(name => name == "OFFRES_EMPLOI_REDIS_FALLBACK_REPLICAS" ? value : null));

        Assert.Contains("OFFRES_EMPLOI_REDIS_FALLBACK_REPLICAS", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEnvironment_BadUrl_ThrowsNamingTheVariable()
    {
        var ex = Assert.Throws<FormatException>(() => OffresEmploiOptions.FromEnvironment(name => name == "OFFRES_EMPLOI_BASE_URL" ? "not a url" : null));

        Assert.Contains("OFFRES_EMPLOI_BASE_URL", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PAR_app", null, OffresEmploiOptions.ClientSecretVariable)]
    [InlineData("PAR_app", "  ", OffresEmploiOptions.ClientSecretVariable)]
    [InlineData(null, "s3cr3t", OffresEmploiOptions.ClientIdVariable)]
    [InlineData("", "s3cr3t", OffresEmploiOptions.ClientIdVariable)]
    [InlineData("PAR_app", "s3cr3t", null)]
    [InlineData(null, null, null)]
    [InlineData(" ", "", null)]
    public void FindMissingCredentialVariable_NamesTheMissingHalfOnly(string? clientId, string? clientSecret, string? expected)
    {
        var variables = new Dictionary<string, string?>
        {
            [OffresEmploiOptions.ClientIdVariable] = clientId,
            [OffresEmploiOptions.ClientSecretVariable] = clientSecret,
        };

        var missing = OffresEmploiOptions.FindMissingCredentialVariable(name => variables.GetValueOrDefault(name));

        Assert.Equal(expected, missing);
    }

    [Theory]
    [InlineData("PAR_app", null, "OFFRES_EMPLOI_CLIENT_SECRET is not set but OFFRES_EMPLOI_CLIENT_ID is")]
    [InlineData(null, "s3cr3t", "OFFRES_EMPLOI_CLIENT_ID is not set but OFFRES_EMPLOI_CLIENT_SECRET is")]
    [InlineData("PAR_app", "s3cr3t", null)]
    [InlineData(null, null, null)]
    public void DescribeMissingCredentialVariable_NamesBothVariables_NeverAValue(string? clientId, string? clientSecret, string? expected)
    {
        var variables = new Dictionary<string, string?>
        {
            [OffresEmploiOptions.ClientIdVariable] = clientId,
            [OffresEmploiOptions.ClientSecretVariable] = clientSecret,
        };

        var sentence = OffresEmploiOptions.DescribeMissingCredentialVariable(name => variables.GetValueOrDefault(name));

        Assert.Equal(expected, sentence);
        Assert.DoesNotContain("s3cr3t", sentence ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_UrlsCarryingCredentials_AreMasked()
    {
        var options = TestData.Options(o => o.TokenEndpoint = new Uri($"https://someone:{TestData.ClientSecret}@auth.example/token?client_secret={TestData.ClientSecret}"));

        var text = options.ToString();

        Assert.DoesNotContain(TestData.ClientSecret, text, StringComparison.Ordinal);
        Assert.Contains("TokenEndpoint = https://auth.example/token?client_secret=***", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clone_CopiesValuesAndRangeLimits()
    {
        var options = TestData.Options(o => o.RangeLimits = OffresRangeLimits.Legacy);

        var copy = options.Clone();
        options.RangeLimits.MaxFirst = 5;
        options.ClientId = "changed";

        Assert.Equal(TestData.ClientId, copy.ClientId);
        Assert.Equal(1000, copy.RangeLimits.MaxFirst);
    }
}
