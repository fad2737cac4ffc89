namespace OffresEmploi.Sdk.Tests.Reliability;

/// <summary>Fault matrix, token revoked mid-run: every 25th call revokes the token it carries.</summary>
public class TokenRevocationFaultTests
{
    [Fact]
    public async Task SearchAllAsync_TokenRevokedMidRun_RefreshesOnceAndYieldsEveryOfferOnce()
    {
        var result = await MatrixRun.RunAsync("revoked");

        FaultAssert.CompleteWithExplainedRetries(result);
        var wire = result.Wire;
        var revocations = wire.ApiAttempts / 25;
        Assert.True(wire.Unauthorized >= revocations && revocations > 0, $"{wire.Unauthorized} 401s for {revocations} revocations");
        Assert.Equal(wire.Unauthorized, result.Replays);
        Assert.Equal(0, result.Retries);

        // One token per revocation at most: concurrent 401s on the same token share a single refresh.
        Assert.InRange(wire.TokenRequests, 2, 1 + revocations);
    }
}
