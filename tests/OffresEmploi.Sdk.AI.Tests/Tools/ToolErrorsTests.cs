using OffresEmploi.Sdk.AI.Tools;
using OffresEmploi.Testing.TestSupport;
using Polly.Timeout;

namespace OffresEmploi.Sdk.AI.Tests.Tools;

/// <summary>Issue #12: a tool error says what really went wrong, so the model neither retries a refusal nor gives up on a passing outage.</summary>
public sealed class ToolErrorsTests
{
    private const string RetryLater = "retry later";
    private const string NoRetry = "retrying will not help";

    public static TheoryData<string, OffresEmploiException, string, string> Failures() => new()
    {
        {
            "token endpoint refused",
            new OffresEmploiConnectionException("x") { Host = "entreprise.francetravail.fr", Endpoint = OffresEmploiEndpoint.Token, Cause = ConnectionFailureCause.ConnectionRefused },
            "France Travail's token endpoint at entreprise.francetravail.fr could not be reached (connection refused). The arguments were fine and the credentials were not checked; retry later. If it persists, the server's network or OFFRES_EMPLOI_TOKEN_URL must be fixed.",
            RetryLater
        },
        {
            "API timeout",
            new OffresEmploiConnectionException("x", new TimeoutRejectedException("late", TimeSpan.FromSeconds(30))) { Host = "api.francetravail.io", Cause = ConnectionFailureCause.Timeout },
            "France Travail's API at api.francetravail.io could not be reached (no answer within 30 s). The arguments were fine and the credentials were not checked; retry later. If it persists, the server's network or OFFRES_EMPLOI_BASE_URL must be fixed.",
            RetryLater
        },
        {
            "invalid_client",
            new OffresEmploiAuthenticationException("x") { Status = 400, Error = "invalid_client", Endpoint = OffresEmploiEndpoint.Token },
            "France Travail refused the credentials (invalid_client): the server's OFFRES_EMPLOI_CLIENT_ID/OFFRES_EMPLOI_CLIENT_SECRET must be fixed; retrying will not help.",
            NoRetry
        },
        {
            "invalid_scope",
            new OffresEmploiAuthenticationException("x") { Status = 400, Error = "invalid_scope", Endpoint = OffresEmploiEndpoint.Token },
            "France Travail refused the requested scopes (invalid_scope): the application must be subscribed to the API Offres d'emploi v2 on francetravail.io; retrying will not help.",
            NoRetry
        },
        {
            "API 401 after replay",
            new OffresEmploiAuthenticationException("x") { Status = 401 },
            "France Travail's API refused the access token (HTTP 401) even after a fresh one: the server's OFFRES_EMPLOI_CLIENT_ID/OFFRES_EMPLOI_CLIENT_SECRET, or the application's subscription to the API Offres d'emploi v2, must be fixed; retrying will not help.",
            NoRetry
        },
        {
            "token 503",
            new OffresEmploiException("x") { Status = 503, Endpoint = OffresEmploiEndpoint.Token },
            "France Travail's identity service is failing (HTTP 503 from the token endpoint). This is France Travail's outage, not a problem with the arguments or the credentials; retry later.",
            RetryLater
        },
        {
            "API 502",
            new OffresEmploiException("x") { Status = 502 },
            "France Travail's API is failing (HTTP 502). This is France Travail's outage, not a problem with the arguments; retry later.",
            RetryLater
        },
        {
            "API 429",
            new OffresEmploiThrottledException("x") { Status = 429, RetryAfter = TimeSpan.FromSeconds(2.5) },
            "France Travail's rate limit was reached (HTTP 429, retry after 3 s). Wait that long and retry.",
            "retry"
        },
        {
            "token 429",
            new OffresEmploiThrottledException("x") { Status = 429, Endpoint = OffresEmploiEndpoint.Token },
            "France Travail's identity service is throttling token requests (HTTP 429). Wait a few seconds and retry.",
            "retry"
        },
        {
            "token 404",
            new OffresEmploiException("x") { Status = 404, Endpoint = OffresEmploiEndpoint.Token },
            "France Travail's token endpoint answered HTTP 404 instead of a token: the server's OFFRES_EMPLOI_TOKEN_URL is probably wrong and must be fixed; retrying will not help.",
            NoRetry
        },
        {
            "API 400 naming a parameter",
            new OffresEmploiException("x") { Status = 400, ErrorCode = "1722445850117", ApiMessage = "Valeur du paramètre « codeROME » incorrecte." },
            "France Travail's API refused the request (HTTP 400, 1722445850117): Valeur du paramètre « codeROME » incorrecte. Change argument 'rome' and retry.",
            "Change argument 'rome'"
        },
        {
            "harvest stalled on an outage",
            new OffresEmploiHarvestException("x", new OffresEmploiException("y") { Status = 503 }) { Status = 503, Reason = Models.HarvestStopReason.Stalled },
            "the harvest gave up, nothing answered for its stall timeout: France Travail's API is failing (HTTP 503). This is France Travail's outage, not a problem with the arguments; retry later.",
            RetryLater
        },
    };

    [Theory]
    [InlineData("motsCles", "argument 'keywords'")]
    [InlineData("codeROME", "argument 'rome'")]
    [InlineData("typeContrat", "argument 'contract'")]
    [InlineData("publieeDepuis", "argument 'published_since'")]
    [InlineData("commune", "argument 'commune' (or 'location')")]
    [InlineData("range", "argument 'page_size' (or 'cursor')")]
    [InlineData("dureeHebdoMin", "the argument it names")]
    [InlineData(null, "the argument it names")]
    public void Argument_ApiParameter_IsTheToolArgumentOfTheCriterionOfTheSameName(string? parameter, string expected) =>
        Assert.Equal(expected, ToolErrors.Argument(parameter));

    [Theory]
    [MemberData(nameof(Failures))]
    public void FromApi_EachKind_SaysTheCauseAndWhetherToRetry(string label, OffresEmploiException exception, string expected, string advice)
    {
        var message = ToolErrors.FromApi(exception);

        Assert.True(expected == message, $"{label}: {message}");
        Assert.Contains(advice, message, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task SearchOffers_TokenEndpointRefusesConnections_DefaultOptions_IsAnErrorNamingTheHostNotTheCredentials()
    {
        var ct = TestContext.Current.CancellationToken;
        var port = LoopbackServers.ClosedPort();
        var time = new TimerTrackingTimeProvider();
        using var client = new OffresEmploiClient(
            new OffresEmploiOptions
            {
                ClientId = "PAR_tools_test",
                ClientSecret = "tools-S3CRET-9b7c",
                TokenEndpoint = new Uri($"http://127.0.0.1:{port}/connexion/oauth2/access_token"),
            },
            transport: null,
            time);
        var tool = OffresEmploiTools.Create(client).Single(t => t.Name == "search_offers");

        var result = await FakeClock.RunAsync(tool.RunAsync([new("keywords", "boulanger")], ct), time, FakeClock.BackoffsOnly, ct);

        Assert.True(result.IsError);
        Assert.Equal(
            $"Error: France Travail's token endpoint at 127.0.0.1:{port} could not be reached (connection refused). The arguments were fine and the credentials were not checked; retry later. If it persists, the server's network or OFFRES_EMPLOI_TOKEN_URL must be fixed.",
            result.Text);
    }
}
