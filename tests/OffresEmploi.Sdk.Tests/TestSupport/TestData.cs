using System.Globalization;
using OffresEmploi.Sdk.Authentication;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests.TestSupport;

/// <summary>Shared credentials and token bodies; the values are distinctive so a leak is easy to find in any text.</summary>
internal static class TestData
{
    public const string ClientId = "PAR_testapp_0123456789abcdef";
    public const string ClientSecret = "s3cr3t-CLIENT-value-7f9a2b";

    public static string TokenValue(int n) => $"tok-{n}-Zx8Qw2Lm9Vb4Nc7Rt1Yu";

    public static string TokenJson(int n, int expiresIn = 1499) => string.Create(CultureInfo.InvariantCulture,
        $$"""{"scope":"api_offresdemploiv2 o2dsoffre","expires_in":{{expiresIn}},"token_type":"Bearer","access_token":"{{TokenValue(n)}}"}""");

    public static OffresEmploiOptions Options(Action<OffresEmploiOptions>? configure = null)
    {
        var options = new OffresEmploiOptions { ClientId = ClientId, ClientSecret = ClientSecret };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>A token provider over a scripted token endpoint.</summary>
    public static ClientCredentialsTokenProvider TokenProvider(
        StubHttpHandler tokenEndpoint,
        TimeProvider timeProvider,
        OffresEmploiOptions? options = null,
        KnownSecrets? secrets = null,
        Microsoft.Extensions.Logging.ILogger? logger = null)
    {
        options ??= Options();
        return new ClientCredentialsTokenProvider(
            new HttpClient(tokenEndpoint, disposeHandler: false),
            options,
            timeProvider,
            secrets ?? new KnownSecrets(options.ClientSecret),
            logger);
    }
}
