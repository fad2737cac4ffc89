using CsCheck;

namespace OffresEmploi.Sdk.Tests.Fuzzing;

/// <summary>
/// Malformed Content-Range, Retry-After and x-ratelimit-* headers on 2xx, 429 and 503 answers. Each case uses a fresh
/// client and makes two calls, so whatever the first answer did to the client's pacing is felt by the second.
/// </summary>
public sealed class HeaderFuzzTests
{
    [Fact]
    public async Task MalformedHeaders_NeverLeakNorStallTheClient()
    {
        var seed = await SandboxBodies.GetAsync("search");
        var gen = Gen.Select(
            Gen.Frequency((4, Gen.Const(206)), (2, Gen.Const(200)), (1, Gen.Const(204)), (2, Gen.Const(429)), (2, Gen.Const(503))),
            HeaderValues.ContentRange,
            HeaderValues.RetryAfter,
            Gen.Select(HeaderValues.RateLimit, HeaderValues.RateLimit, HeaderValues.RateLimit),
            (status, range, retryAfter, rate) => new FuzzedResponse(status, "search page", seed, "application/json", range, retryAfter, rate.Item1, rate.Item2, rate.Item3));

        var tally = await FuzzHarness.RunAsync(gen, FuzzSettings.Iterations(250), stream: 30, async (response, ct) =>
        {
            var transport = new FuzzTransport { Api = _ => response.ToMessage() };
            using var client = FuzzHarness.CreateClient(transport);
            object? last = null;
            for (var call = 0; call < 2; call++)
            {
                var page = await client.SearchAsync(new Models.OffresSearchRequest(), ct);
                SearchResponseFuzzTests.AssertSane(page);
                last = page;
            }

            return last;
        }, onTyped: (exception, response) =>
        {
            if (exception is OffresEmploiThrottledException { RetryAfter: { } wait })
            {
                Assert.True(wait >= TimeSpan.Zero, $"negative Retry-After surfaced: {wait}");
            }
        });

        Assert.True(tally.Successes > 0 && tally.TypedFailures > 0, tally.ToString());
    }
}
