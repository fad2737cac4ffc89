using System.Net.Sockets;
using OffresEmploi.Cli.Infrastructure;
using OffresEmploi.Sdk;
using OffresEmploi.Testing.TestSupport;
using Polly.Timeout;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Tests.Infrastructure;

/// <summary>Issue #12: each kind of failure has its own line, naming the true cause and the setting to check.</summary>
public sealed class ErrorReporterTests
{
    private static OffresEmploiConnectionException Unreachable(string host, OffresEmploiEndpoint endpoint, ConnectionFailureCause cause, Exception? inner = null) =>
        new("Cannot reach it.\nDetails.", inner) { Host = host, Endpoint = endpoint, Cause = cause };

    public static TheoryData<string, OffresEmploiException, string> Failures() => new()
    {
        {
            "token endpoint refused", Unreachable("entreprise.francetravail.fr", OffresEmploiEndpoint.Token, ConnectionFailureCause.ConnectionRefused),
            "France Travail's token endpoint at entreprise.francetravail.fr could not be reached (connection refused): check the network or OFFRES_EMPLOI_TOKEN_URL"
        },
        {
            "API name not resolved", Unreachable("api.francetravail.io", OffresEmploiEndpoint.Api, ConnectionFailureCause.NameResolution),
            "France Travail's API at api.francetravail.io could not be reached (host name not found (DNS)): check the network or OFFRES_EMPLOI_BASE_URL"
        },
        {
            "API timeout", Unreachable("api.francetravail.io", OffresEmploiEndpoint.Api, ConnectionFailureCause.Timeout, new TimeoutRejectedException("late", TimeSpan.FromSeconds(30))),
            "France Travail's API at api.francetravail.io could not be reached (no answer within 30 s): check the network or OFFRES_EMPLOI_BASE_URL, or retry later"
        },
        {
            "token TLS", Unreachable("entreprise.francetravail.fr", OffresEmploiEndpoint.Token, ConnectionFailureCause.Tls),
            "France Travail's token endpoint at entreprise.francetravail.fr could not be reached (secure connection failed (TLS certificate or handshake)): check a proxy, the system clock or OFFRES_EMPLOI_TOKEN_URL"
        },
        {
            "invalid_client", new OffresEmploiAuthenticationException("refused") { Status = 400, Error = "invalid_client", Endpoint = OffresEmploiEndpoint.Token },
            "France Travail refused the credentials (invalid_client): check OFFRES_EMPLOI_CLIENT_ID and OFFRES_EMPLOI_CLIENT_SECRET"
        },
        {
            "401 without OAuth code", new OffresEmploiAuthenticationException("refused") { Status = 401, Endpoint = OffresEmploiEndpoint.Token },
            "France Travail refused the credentials (HTTP 401): check OFFRES_EMPLOI_CLIENT_ID and OFFRES_EMPLOI_CLIENT_SECRET"
        },
        {
            "invalid_scope", new OffresEmploiAuthenticationException("refused") { Status = 400, Error = "invalid_scope", Endpoint = OffresEmploiEndpoint.Token },
            "France Travail refused the requested scopes (invalid_scope): check that the application is subscribed to the API Offres d'emploi v2 on francetravail.io"
        },
        {
            "API 401 after replay", new OffresEmploiAuthenticationException("refused") { Status = 401 },
            "France Travail's API refused the access token (HTTP 401) even after a fresh one: check OFFRES_EMPLOI_CLIENT_ID and OFFRES_EMPLOI_CLIENT_SECRET, and that the application is subscribed to the API Offres d'emploi v2"
        },
        {
            "API 429", new OffresEmploiThrottledException("slow down") { Status = 429, RetryAfter = TimeSpan.FromSeconds(120) },
            "France Travail's rate limit was reached (HTTP 429, retry after 2 min): wait and retry, or lower OFFRES_EMPLOI_REQUESTS_PER_SECOND; another process may be using the same client id"
        },
        {
            "token 429", new OffresEmploiThrottledException("slow down") { Status = 429, Endpoint = OffresEmploiEndpoint.Token },
            "France Travail's identity service is throttling token requests (HTTP 429): wait and retry; another process may be using the same client id"
        },
        {
            "API 503", new OffresEmploiException("down") { Status = 503 },
            "France Travail's API is failing (HTTP 503): retry later; your settings are fine"
        },
        {
            "token 502", new OffresEmploiException("down") { Status = 502, Endpoint = OffresEmploiEndpoint.Token },
            "France Travail's identity service is failing (HTTP 502 from the token endpoint): retry later; your settings are fine"
        },
        {
            "token 404", new OffresEmploiException("where?") { Status = 404, Endpoint = OffresEmploiEndpoint.Token },
            "France Travail's token endpoint answered HTTP 404 instead of a token: check OFFRES_EMPLOI_TOKEN_URL"
        },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Describe_EachKind_HasItsOwnOneLineMessageAndExitCode1(string label, OffresEmploiException exception, string expected)
    {
        var (code, message) = ErrorReporter.Describe(exception);

        Assert.True(code == ExitCodes.Failure, label);
        Assert.Equal(expected, message);
    }

    [Fact]
    public void Describe_ConnectionFailure_NeverBlamesTheCredentials()
    {
        var (_, message) = ErrorReporter.Describe(Unreachable("entreprise.francetravail.fr", OffresEmploiEndpoint.Token, ConnectionFailureCause.ConnectionRefused, new SocketException((int)SocketError.ConnectionRefused)));

        Assert.DoesNotContain("CLIENT_ID", message, StringComparison.Ordinal);
        Assert.DoesNotContain("credentials", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_HarvestGaveUp_SaysWhyWithTheCausesOwnWordsAndHowToResume()
    {
        var cause = Unreachable("api.francetravail.io", OffresEmploiEndpoint.Api, ConnectionFailureCause.ConnectionRefused);
        var stalled = new OffresEmploiHarvestException("gave up", cause)
        {
            Status = 0,
            Reason = HarvestStopReason.Stalled,
            Reconciliation = HarvestAccounts.Of(yielded: 6_300, expected: 20_000),
        };

        var (code, message) = ErrorReporter.Describe(stalled);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal(
            "the harvest gave up after 6,300 of 20,000 offers, nothing answered for its stall timeout: France Travail's API at api.francetravail.io could not be reached (connection refused): check the network or OFFRES_EMPLOI_BASE_URL; run the same command again to resume",
            message);
    }

    [Fact]
    public void Describe_HarvestFailed_NamesTheCauseAndHowToResume()
    {
        var cause = new OffresEmploiAuthenticationException("refused") { Status = 400, Error = "invalid_client", Endpoint = OffresEmploiEndpoint.Token };
        var failed = new OffresEmploiHarvestException("stopped", cause) { Status = 400, Reason = HarvestStopReason.Failed };

        var (_, message) = ErrorReporter.Describe(failed);

        Assert.Equal(
            "the harvest stopped: France Travail refused the credentials (invalid_client): check OFFRES_EMPLOI_CLIENT_ID and OFFRES_EMPLOI_CLIENT_SECRET; fix that, then run the same command again to resume",
            message);
    }

    [Fact]
    public void PausedLine_SaysWhatFailedWhenThePageIsAskedAgainAndHowLongUntilGivingUp()
    {
        var pause = new HarvestPause(
            TimeSpan.FromSeconds(9.3),
            new OffresEmploiException("down") { Status = 503 },
            TimeSpan.FromSeconds(45),
            TimeSpan.FromMinutes(10));

        var line = OffresEmploi.Cli.Harvesting.HarvestSummary.Paused(pause);

        Assert.Equal("paused: France Travail's API is failing (HTTP 503): retry later; your settings are fine · retrying in 10 s (no answer for 0:45 of 10:00)", line);
    }
}
