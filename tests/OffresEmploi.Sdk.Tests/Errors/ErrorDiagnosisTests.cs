using System.Net;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Testing.TestSupport;
using Polly.Timeout;

namespace OffresEmploi.Sdk.Tests.Errors;

/// <summary>Issue #13: <see cref="OffresEmploiException.Diagnosis"/>, the one wording of each failure that the CLI and the AI tools share.</summary>
public sealed class ErrorDiagnosisTests
{
    private const string Secret = "diag-S3CRET-7f3a91c2";
    private const string Token = "eyJhbGciOiJSUzI1NiJ9.diagnosis-token.c2lnbmF0dXJl";

    public static TheoryData<string, OffresEmploiException, string> Kinds() => new()
    {
        {
            "API name not resolved",
            new OffresEmploiConnectionException("x") { Host = "api.francetravail.io", Cause = ConnectionFailureCause.NameResolution },
            "France Travail's API at api.francetravail.io could not be reached (host name not found (DNS))"
        },
        {
            "token endpoint timeout",
            new OffresEmploiConnectionException("x", new TimeoutRejectedException("late", TimeSpan.FromSeconds(30)))
            {
                Host = "entreprise.francetravail.fr", Endpoint = OffresEmploiEndpoint.Token, Cause = ConnectionFailureCause.Timeout,
            },
            "France Travail's token endpoint at entreprise.francetravail.fr could not be reached (no answer within 30 s)"
        },
        {
            "no host known",
            new OffresEmploiConnectionException("x") { Cause = ConnectionFailureCause.ConnectionRefused },
            "France Travail's API could not be reached (connection refused)"
        },
        {
            "invalid_client",
            new OffresEmploiAuthenticationException("x") { Status = 400, Error = "invalid_client", Endpoint = OffresEmploiEndpoint.Token },
            "France Travail refused the credentials (invalid_client)"
        },
        {
            "invalid_scope",
            new OffresEmploiAuthenticationException("x") { Status = 400, Error = "invalid_scope", Endpoint = OffresEmploiEndpoint.Token },
            "France Travail refused the requested scopes (invalid_scope)"
        },
        {
            "token 401 without OAuth code",
            new OffresEmploiAuthenticationException("x") { Status = 401, Endpoint = OffresEmploiEndpoint.Token },
            "France Travail refused the credentials (HTTP 401)"
        },
        {
            "API 401 after a fresh token",
            new OffresEmploiAuthenticationException("x") { Status = 401 },
            "France Travail's API refused the access token (HTTP 401) even after a fresh one"
        },
        {
            "API 429 with Retry-After",
            new OffresEmploiThrottledException("x") { Status = 429, RetryAfter = TimeSpan.FromSeconds(2.2) },
            "France Travail's rate limit was reached (HTTP 429, retry after 3 s)"
        },
        {
            "token 429",
            new OffresEmploiThrottledException("x") { Status = 429, Endpoint = OffresEmploiEndpoint.Token },
            "France Travail's identity service is throttling token requests (HTTP 429)"
        },
        {
            "API 503 with a code",
            new OffresEmploiException("x") { Status = 503, ErrorCode = "JCS0011G" },
            "France Travail's API is failing (HTTP 503, JCS0011G)"
        },
        {
            "token 502",
            new OffresEmploiException("x") { Status = 502, Endpoint = OffresEmploiEndpoint.Token },
            "France Travail's identity service is failing (HTTP 502 from the token endpoint)"
        },
        {
            "token 404",
            new OffresEmploiException("x") { Status = 404, Endpoint = OffresEmploiEndpoint.Token },
            "France Travail's token endpoint answered HTTP 404 instead of a token"
        },
        {
            "API 400 with its message",
            new OffresEmploiException("x") { Status = 400, ErrorCode = "1722445850117", ApiMessage = "Valeur du paramètre « codeROME » incorrecte." },
            "France Travail's API refused the request (HTTP 400, 1722445850117): Valeur du paramètre « codeROME » incorrecte"
        },
        {
            "API 404 without a body",
            new OffresEmploiException("x") { Status = 404 },
            "France Travail's API refused the request (HTTP 404)"
        },
        {
            "no response, not a connection error",
            new OffresEmploiException("x") { Status = 0 },
            "France Travail's API gave no response"
        },
        {
            "harvest stalled on a connection failure",
            new OffresEmploiHarvestException("x", new OffresEmploiConnectionException("y") { Host = "api.francetravail.io", Cause = ConnectionFailureCause.ConnectionReset })
            {
                Reason = HarvestStopReason.Stalled, Reconciliation = HarvestAccounts.Of(yielded: 6_300, expected: 20_000, unreachable: 0),
            },
            "the harvest gave up after 6,300 of 20,000 offers, nothing answered for its stall timeout: France Travail's API at api.francetravail.io could not be reached (connection reset)"
        },
        {
            "harvest failed on refused credentials",
            new OffresEmploiHarvestException("x", new OffresEmploiAuthenticationException("y") { Status = 400, Error = "invalid_client", Endpoint = OffresEmploiEndpoint.Token })
            {
                Status = 400, Reason = HarvestStopReason.Failed,
            },
            "the harvest stopped: France Travail refused the credentials (invalid_client)"
        },
        {
            "harvest incomplete",
            new OffresEmploiHarvestException("x") { Status = 200, Reason = HarvestStopReason.Incomplete, Reconciliation = HarvestAccounts.Of(yielded: 1_000, expected: 1_012, unreachable: 12) },
            "the harvest could not reach 12 of the 1,012 announced offers: no request reaches them (offers without a creation date past the range cap, or more offers created in one second than the cap)"
        },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Diagnosis_EachKind_NamesTheTrueCauseInOneLine(string label, OffresEmploiException exception, string expected)
    {
        var diagnosis = exception.Diagnosis;

        Assert.True(expected == diagnosis, $"{label}: {diagnosis}");
        Assert.DoesNotContain('\n', diagnosis);
        Assert.False(diagnosis.EndsWith('.'), $"{label}: a diagnosis leaves the end to the caller's remedy");
    }

    [Fact]
    public void Diagnosis_ConnectionFailure_NeverBlamesTheCredentials()
    {
        var diagnosis = new OffresEmploiConnectionException("x") { Host = "entreprise.francetravail.fr", Endpoint = OffresEmploiEndpoint.Token, Cause = ConnectionFailureCause.ConnectionRefused }.Diagnosis;

        Assert.DoesNotContain("credential", diagnosis, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("refused the", diagnosis, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnosis_SecretsInTheResponseTheInnerFailureAndTheMessage_AppearInNone()
    {
        var secrets = new KnownSecrets(Secret);
        secrets.AddToken(Token);

        // Built the way the client builds them: the body, the OAuth description and the network stack's text echo both secrets.
        var refused = OffresEmploiErrorFactory.FromResponse(
            (int)HttpStatusCode.BadRequest,
            "Bad Request",
            $$"""{"message":"client_secret={{Secret}} refused for Bearer {{Token}}","codeHttp":400,"codeErreur":"{{Secret}}"}""",
            headers: null,
            $"The search request failed ({Secret}).",
            secrets,
            DateTimeOffset.UnixEpoch);
        var unreachable = OffresEmploiErrorFactory.FromTransportFailure(
            "The search request got no response.",
            new HttpRequestException($"connect failed: access_token={Token}&client_secret={Secret}"),
            new Uri($"https://{Secret}@api.francetravail.io/partenaire/offresdemploi/v2/offres/search?token={Token}"),
            OffresEmploiEndpoint.Api,
            secrets);

        // Built by hand, with nothing redacted: the diagnosis must still not read the message, the body or the inner failure.
        var inner = new HttpRequestException($"Authorization: Bearer {Token}; client_secret={Secret}");
        var careless = new OffresEmploiAuthenticationException($"refused {Secret} {Token}", inner)
        {
            Status = 401,
            ResponseContent = $"{{\"access_token\":\"{Token}\"}}",
            ErrorDescription = $"client_secret {Secret} does not match",
            ApiMessage = $"Bearer {Token}",
        };
        var pattern = new OffresEmploiException("x") { Status = 400, ApiMessage = $"echo: \"access_token\":\"{Token}\" and client_secret={Secret}" };
        var harvest = new OffresEmploiHarvestException($"stopped {Secret}", careless) { Status = 401, Reason = HarvestStopReason.Failed };

        foreach (var exception in new OffresEmploiException[] { refused, unreachable, careless, pattern, harvest })
        {
            var diagnosis = exception.Diagnosis;

            Assert.DoesNotContain(Secret, diagnosis, StringComparison.Ordinal);
            Assert.DoesNotContain(Token, diagnosis, StringComparison.Ordinal);
            Assert.StartsWith(exception is OffresEmploiHarvestException ? "the harvest" : "France Travail", diagnosis, StringComparison.Ordinal);
        }
    }
}
