using System.Text;
using CsCheck;

namespace OffresEmploi.Sdk.Tests.Fuzzing;

/// <summary>
/// Token endpoint answers: missing or odd access_token, expires_in negative, zero, huge or a string, odd token_type,
/// OAuth error bodies, non-JSON, every status. The API itself answers correctly, so a call fails only because of the token.
/// </summary>
public sealed class TokenResponseFuzzTests
{
    private static readonly string[] AccessTokens =
        ["\"tok-Fz9Lq2Wm7Xc4\"", "\"\"", "null", "123", "true", "[]", "{}", "\"" + new string('t', 20_000) + "\"", "\"a b\\r\\nInjected: x\"", "\"\\u0000\""];

    private static readonly string[] ExpiresIns =
        ["1499", "0", "-1", "-2147483649", "1e400", "99999999999999999999", "\"1499\"", "\"abc\"", "null", "1.5", "2147483647", "[]"];

    private static readonly string[] TokenTypes = ["\"Bearer\"", "\"bearer\"", "\"MAC\"", "\"\"", "null", "42"];

    private static Gen<FuzzedResponse> Responses(byte[] token, byte[] tokenError) => Gen.Frequency(
        (6, Gen.Select(
            Gen.Int[0, AccessTokens.Length],
            Gen.Int[0, ExpiresIns.Length],
            Gen.Int[0, TokenTypes.Length],
            Gen.Frequency((8, Gen.Const(200)), (1, Gen.Const(201)), (1, Gen.Const(203))),
            (a, e, t, status) =>
            {
                // Index == length leaves the member out.
                var members = new List<string>();
                if (a < AccessTokens.Length) members.Add($"\"access_token\":{AccessTokens[a]}");
                if (e < ExpiresIns.Length) members.Add($"\"expires_in\":{ExpiresIns[e]}");
                if (t < TokenTypes.Length) members.Add($"\"token_type\":{TokenTypes[t]}");
                return new FuzzedResponse(status, "token fields", Encoding.UTF8.GetBytes("{" + string.Join(',', members) + "}"));
            })),
        (3, Gen.Select(BodyMutations.Of(token), HeaderValues.ContentType, (body, type) => new FuzzedResponse(200, body.What, body.Body, type))),
        (3, Gen.Select(BodyMutations.Of(tokenError), Gen.Int[100, 599], HeaderValues.ContentType, (body, status, type) => new FuzzedResponse(status, body.What, body.Body, type))),
        (1, Gen.Select(Gen.Int[100, 599], status => new FuzzedResponse(status, "oauth error", tokenError))));

    [Fact]
    public async Task TokenResponses_AuthenticateOrThrowTheTokenEndpointsTypedError()
    {
        var token = await SandboxBodies.GetAsync("token");
        var tokenError = await SandboxBodies.GetAsync("token-error");
        var page = await SandboxBodies.GetAsync("search");

        var tally = await FuzzHarness.RunAsync(Responses(token, tokenError), FuzzSettings.Iterations(300), stream: 40, async (response, ct) =>
        {
            // A fresh client per case: a token accepted once would be cached and hide the next answers.
            var transport = new FuzzTransport
            {
                Token = _ => response.ToMessage(),
                Api = _ => new FuzzedResponse(200, "search page", page, ContentRange: "offres 0-4/5").ToMessage(),
            };
            using var client = FuzzHarness.CreateClient(transport);
            var result = await client.SearchAsync(new Models.OffresSearchRequest(), ct);
            Assert.Equal(5, result.Offres.Count);
            return result;
        }, onTyped: (exception, response) =>
        {
            // Every failure is the token endpoint's, and only a refusal of the credentials is called one: 401/403, or 400
            // with an OAuth error code. An outage (5xx) or throttling (429) never is.
            var error = Assert.IsAssignableFrom<OffresEmploiException>(exception);
            Assert.Equal(OffresEmploiEndpoint.Token, error.Endpoint);
            if (error is OffresEmploiAuthenticationException auth)
            {
                Assert.True(response.Status is 400 or 401 or 403, $"authentication error for {response.Status} ({response.What})");
                Assert.True(response.Status != 400 || auth.Error is { Length: > 0 }, $"400 without an OAuth code called a refusal ({response.What})");
            }
            else
            {
                Assert.False(response.Status is 401 or 403, $"{error.GetType().Name} for {response.Status} ({response.What})");
            }
        });

        Assert.True(tally.Successes > 0 && tally.TypedFailures > 0, tally.ToString());
    }
}
