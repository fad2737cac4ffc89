using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests.Diagnostics;

/// <summary>
/// Runs every path that touches a credential (token requests, refusals, 401 replays, retries, error bodies
/// echoing credentials) with every log level on, and searches all the text a user could see for the secret and
/// the tokens.
/// </summary>
public sealed class SecretLeakTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Secrets = [TestData.ClientSecret, TestData.TokenValue(1), TestData.TokenValue(2), TestData.TokenValue(3)];

    private static async Task<List<string>> ExerciseAsync(OffresEmploiClient client, FakeFranceTravail fake)
    {
        var visible = new List<string>();
        async Task Capture(Func<Task> action)
        {
            try
            {
                await action();
            }
            catch (Exception ex) when (ex is OffresEmploiException or ArgumentException)
            {
                visible.Add(ex.ToString());
                visible.Add(ex.Message);
                if (ex is OffresEmploiException api)
                {
                    visible.Add(api.ResponseContent ?? "");
                    visible.Add(api.ApiMessage ?? "");
                    visible.Add(api.ErrorCode ?? "");
                }
            }
        }

        // 1. Token refused, with a body echoing the secret.
        _ = fake.Token.Enqueue(HttpStatusCode.BadRequest, $$"""{"error":"invalid_client","error_description":"secret {{TestData.ClientSecret}} rejected"}""");
        await Capture(() => client.SearchAsync(new OffresSearchRequest(), Ct));

        // 2. 401 with the first token, replay with a new one, then an error body echoing both tokens.
        _ = fake.Api.Enqueue(HttpStatusCode.Unauthorized)
            .Enqueue(HttpStatusCode.BadRequest, $$"""{"message":"token {{TestData.TokenValue(1)}} / Bearer {{TestData.TokenValue(2)}}","codeHttp":400,"codeErreur":"E1"}""");
        await Capture(() => client.SearchAsync(new OffresSearchRequest(), Ct));

        // 3. A retried 503, then a 500 whose plain-text body echoes the token.
        _ = fake.Api.Enqueue(HttpStatusCode.ServiceUnavailable, configure: r => r.Headers.TryAddWithoutValidation("Retry-After", "1"))
            .Enqueue(_ => new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StringContent($"Authorization: Bearer {TestData.TokenValue(2)}") });
        var call = Capture(() => client.GetOffreAsync("201LPQS", Ct));
        fake.Time.Advance(await fake.Time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(1), Ct));
        await call;

        // 4. Success paths and a local validation error.
        _ = fake.Api.Enqueue(_ => FakeFranceTravail.Page(HttpStatusCode.OK, FakeFranceTravail.SearchPageJson, "offres 0-4/5"));
        await Capture(() => client.SearchAsync(new OffresSearchRequest(), Ct));
        await Capture(() => client.SearchAsync(new OffresSearchRequest { SalaireMin = 1 }, Ct));
        visible.Add(client.ToString() ?? "");
        return visible;
    }

    private static void AssertNoSecret(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            foreach (var secret in Secrets)
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Client_EveryCredentialPath_LeaksNoSecretToLogsOrExceptions()
    {
        using var fake = new FakeFranceTravail();
        var logs = new CapturingLoggerProvider();
        using var client = fake.CreateClient(o => o.MaxRetryAttempts = 1, logs);

        var visible = await ExerciseAsync(client, fake);

        Assert.NotEmpty(logs.Entries);
        Assert.Contains(logs.Entries, e => e.EventId.Id == 13);
        Assert.Contains(logs.Entries, e => e.EventId.Id == 4);
        Assert.Contains(logs.Entries, e => e.EventId.Id == 12);
        Assert.True(visible.Count >= 10);
        AssertNoSecret(logs.Entries.Select(e => e.FullText));
        AssertNoSecret(visible);
    }

    [Fact]
    public async Task DependencyInjection_WithHttpClientFactoryLoggingAtTrace_LeaksNoSecret()
    {
        using var fake = new FakeFranceTravail();
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(fake.Time)
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs))
            .AddOffresEmploi(
                o =>
                {
                    o.ClientId = TestData.ClientId;
                    o.ClientSecret = TestData.ClientSecret;
                    o.RequestsPerSecond = 0;
                    o.MaxRetryAttempts = 1;
                },
                _ => fake);
        await using var provider = services.BuildServiceProvider();

        var visible = await ExerciseAsync(provider.GetRequiredService<OffresEmploiClient>(), fake);

        // IHttpClientFactory's own loggers hand the raw request headers to structured sinks: they are removed, and the
        // SDK's own events (request lines, 401 replay, token failure) remain.
        Assert.DoesNotContain(logs.Entries, e => e.Category.StartsWith("System.Net.Http.HttpClient.OffresEmploi", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.EventId.Id == 13);
        AssertNoSecret(logs.Entries.Select(e => e.FullText));
        AssertNoSecret(visible);
    }

    [Fact]
    public void Options_ToStringAndValidationErrors_LeakNoSecret()
    {
        var options = TestData.Options(o => o.AttemptTimeout = TimeSpan.FromHours(3));

        var ex = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => new OffresEmploiClient(options));

        AssertNoSecret([options.ToString(), ex.ToString()]);
    }
}
