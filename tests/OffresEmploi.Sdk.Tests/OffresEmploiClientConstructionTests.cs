using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using OffresEmploi.Sandbox;
using OffresEmploi.Sandbox.Http;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests;

/// <summary>What <c>new OffresEmploiClient(clientId, clientSecret)</c> honours, and the error when a credential is missing.</summary>
public sealed class OffresEmploiClientConstructionTests
{
    private const string Secret = "the-secret-value-42";

    [Fact]
    public void TwoArgumentOptions_TakeTheCredentialsFromTheArgumentsAndEverythingElseFromTheEnvironment()
    {
        var variables = new Dictionary<string, string>
        {
            [OffresEmploiOptions.ClientIdVariable] = "id-from-env",
            [OffresEmploiOptions.ClientSecretVariable] = "secret-from-env",
            [OffresEmploiOptions.BaseAddressVariable] = "http://127.0.0.1:5080/partenaire/offresdemploi",
            [OffresEmploiOptions.TokenEndpointVariable] = "http://127.0.0.1:5080/connexion/oauth2/access_token",
            [OffresEmploiOptions.RequestsPerSecondVariable] = "10",
        };

        var options = OffresEmploiOptions.FromEnvironment("id-argument", Secret, variables.GetValueOrDefault);

        Assert.Equal("id-argument", options.ClientId);
        Assert.Equal(Secret, options.ClientSecret);
        Assert.Equal("http://127.0.0.1:5080/partenaire/offresdemploi/", options.BaseAddress.AbsoluteUri);
        Assert.Equal("http://127.0.0.1:5080/connexion/oauth2/access_token", options.TokenEndpoint.AbsoluteUri);
        Assert.Equal(10, options.RequestsPerSecond);
    }

    [Fact]
    public void TwoArgumentOptions_NothingSet_AreTheProductionDefaults()
    {
        var options = OffresEmploiOptions.FromEnvironment("id", Secret, _ => null);

        Assert.Equal(OffresEmploiOptions.DefaultBaseAddress, options.BaseAddress);
        Assert.Equal(OffresEmploiOptions.DefaultTokenEndpoint, options.TokenEndpoint);
        Assert.Equal(new OffresEmploiOptions().RequestsPerSecond, options.RequestsPerSecond);
    }

    [Fact]
    public async Task TwoArgumentOptions_SandboxAddressesInTheEnvironment_ReachTheSandbox()
    {
        var variables = new Dictionary<string, string>
        {
            [OffresEmploiOptions.BaseAddressVariable] = SandboxDefaults.BaseAddress.AbsoluteUri,
            [OffresEmploiOptions.TokenEndpointVariable] = SandboxDefaults.TokenEndpoint.GetLeftPart(UriPartial.Path),
            [OffresEmploiOptions.RequestsPerSecondVariable] = "0",
        };
        var options = OffresEmploiOptions.FromEnvironment(SandboxDefaults.ClientId, SandboxDefaults.ClientSecret, variables.GetValueOrDefault);
        using var sandbox = new SandboxHttpMessageHandler(new SandboxOptions { CorpusSize = 1_000, Now = SandboxClient.Now });
        using var client = new OffresEmploiClient(options, sandbox);

        var page = await client.SearchAsync(new OffresSearchRequest(), TestContext.Current.CancellationToken);

        Assert.Equal(1_000, page.Total);
    }

    [Fact]
    public void TwoArgumentConstructor_NoCredentials_NamesEachMissingSettingOnce()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => new OffresEmploiClient("", " "));

        Assert.Equal(2, ex.Failures.Count());
        Assert.Equal(1, Regex.Count(ex.Message, @"\bClientId\b"));
        Assert.Equal(1, Regex.Count(ex.Message, @"\bClientSecret\b"));
        Assert.Contains(OffresEmploiOptions.ClientIdVariable, ex.Message, StringComparison.Ordinal);
        Assert.Contains(OffresEmploiOptions.ClientSecretVariable, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoArgumentConstructor_MissingId_NamesItOnceAndNeverTheSecret()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => new OffresEmploiClient("", Secret));

        Assert.Equal(1, Regex.Count(ex.Message, @"\bClientId\b"));
        Assert.DoesNotContain("ClientSecret", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, ex.ToString(), StringComparison.Ordinal);
    }
}
