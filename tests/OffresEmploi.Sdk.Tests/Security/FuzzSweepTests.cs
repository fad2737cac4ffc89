using System.Net;
using System.Text;
using CsCheck;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Tests.Fuzzing;
using OffresEmploi.Testing.Security;

namespace OffresEmploi.Sdk.Tests.Security;

/// <summary>
/// The secret sweep over fuzzed answers that echo the credentials: OAuth error bodies quoting the client secret, API
/// error bodies quoting the token and the Authorization header, in damaged JSON, HTML or text, under every error status.
/// </summary>
public sealed class FuzzSweepTests
{
    private const string Secret = "fuzz-SECRET-Jw3Rk8Tn5Bv1";

    [Fact]
    public async Task FuzzedAnswersEchoingCredentials_LeakNothing()
    {
        using var sweep = new SecretSweep(Secret);
        sweep.AddToken(FuzzTransport.AccessToken);
        var echo = Encoding.UTF8.GetBytes(
            $$"""{"message":"jeton {{FuzzTransport.AccessToken}} refusé (Authorization: Bearer {{FuzzTransport.AccessToken}}), client_secret={{Secret}}","codeHttp":401,"codeErreur":"{{Secret}}"}""");
        var oauth = Encoding.UTF8.GetBytes($$"""{"error":"invalid_client","error_description":"client_secret {{Secret}} does not match"}""");
        var gen = Gen.Select(
            Gen.OneOf(BodyMutations.Of(echo), Gen.Const(("echo", echo)), Gen.Const(("html echo", Encoding.UTF8.GetBytes($"<html><body>Bearer {FuzzTransport.AccessToken} / {Secret}</body></html>")))),
            Gen.Int[400, 599],
            Gen.Frequency((3, Gen.Const(false)), (1, Gen.Const(true))),
            (body, status, tokenFails) => (Api: new FuzzedResponse(status, body.Item1, body.Item2, RetryAfter: "0"), TokenFails: tokenFails));
        var iterations = FuzzSettings.Iterations(150);

        var tally = await FuzzHarness.RunAsync(gen, iterations, stream: 50, async (input, ct) =>
        {
            var transport = new FuzzTransport
            {
                Token = _ => input.TokenFails
                    ? new FuzzedResponse(401, "oauth echo", oauth).ToMessage()
                    : FuzzTransport.Json(HttpStatusCode.OK, FuzzTransport.TokenBody(FuzzTransport.AccessToken)),
                Api = _ => input.Api.ToMessage(),
            };
            var options = FuzzHarness.Options(Secret);
            sweep.Add(SweepChannel.ToStringText, options.ToString());
            using var client = new OffresEmploiClient(options, transport, TimeProvider.System, sweep.LoggerFactory);
            try
            {
                return await client.SearchAsync(new OffresSearchRequest(), ct);
            }
            catch (Exception ex)
            {
                sweep.AddException(ex);
                throw;
            }
        });

        Assert.Equal(iterations, tally.TypedFailures);
        SweepReport.Write("fuzzed answers echoing credentials", sweep);
        sweep.AssertClean(SweepChannel.Log, SweepChannel.Exception, SweepChannel.ActivityTag, SweepChannel.MetricTag);
    }
}
