using System.Net;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Tests.TestSupport;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests.Fuzzing;

/// <summary>
/// The waits a server can ask for are capped: a Retry-After of a year never makes the client sleep a year, and a
/// body that stops arriving is cut by a timeout. The clock is fake: the timers the client arms are read, not slept on.
/// </summary>
public sealed class NoHangTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("31536000")]
    [InlineData("Fri, 31 Dec 9999 23:59:59 GMT")]
    [InlineData("922337203685")]
    public async Task RetryAfterOfAYearOn503_WaitsAtMostMaxRetryDelay(string retryAfter)
    {
        using var fake = new FakeFranceTravail();
        using var client = fake.CreateClient(o => o.MaxRetryAttempts = 1);
        _ = fake.Api.Enqueue(HttpStatusCode.ServiceUnavailable, configure: r => r.Headers.TryAddWithoutValidation("Retry-After", retryAfter))
            .Enqueue(_ => FakeFranceTravail.Page(HttpStatusCode.OK, FakeFranceTravail.SearchBody(0, 2), "offres 0-2/3"));

        var call = client.SearchAsync(new OffresSearchRequest(), Ct);
        var delay = await fake.Time.WaitForTimerAsync(d => d > TimeSpan.FromSeconds(1) && d < TimeSpan.FromMinutes(2), Ct);
        fake.Time.Advance(delay);
        var page = await call;

        // The default MaxRetryDelay (30 s) is the longest wait; the attempt timeout (30 s) is armed too, never longer.
        Assert.Equal(new OffresEmploiOptions().MaxRetryDelay, delay);
        Assert.Equal(3, page.Offres.Count);
        Assert.All(fake.Time.DueTimes, d => Assert.True(d <= TimeSpan.FromMinutes(2), $"a timer of {d} was armed"));
    }

    [Fact]
    public async Task RetryAfterOfAYearOn429_ThrowsAtOnceWithTheRequestedDelay()
    {
        using var fake = new FakeFranceTravail();
        using var client = fake.CreateClient(o => o.MaxRetryAttempts = 3);
        _ = fake.Api.Otherwise(_ => StubHttpHandler.Response(HttpStatusCode.TooManyRequests, configure: r => r.Headers.TryAddWithoutValidation("Retry-After", "31536000")));

        var error = await Assert.ThrowsAsync<OffresEmploiThrottledException>(() => client.SearchAsync(new OffresSearchRequest(), Ct));

        Assert.Equal(TimeSpan.FromDays(365), error.RetryAfter);
        Assert.Equal(1, fake.Api.Count);
        Assert.All(fake.Time.DueTimes, d => Assert.True(d <= TimeSpan.FromMinutes(2), $"a timer of {d} was armed"));
    }

    [Fact]
    public async Task BodyThatStopsArriving_EndsWithATypedErrorWithinTheTimeouts()
    {
        var transport = new FuzzTransport { Api = _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new StalledStream("{\"resultats\":["u8.ToArray())) } };
        using var client = FuzzHarness.CreateClient(transport);

        var call = client.SearchAsync(new OffresSearchRequest(), Ct);
        var finished = await Task.WhenAny(call, Task.Delay(FuzzHarness.HangBound, TimeProvider.System, Ct));

        Assert.Same(call, finished);
        var error = await Assert.ThrowsAnyAsync<OffresEmploiException>(() => call);
        Assert.Equal(0, error.Status);
    }

    /// <summary>A body that sends a few bytes, then nothing, until the reader gives up.</summary>
    private sealed class StalledStream(byte[] head) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_position < head.Length)
            {
                var count = Math.Min(buffer.Length, head.Length - _position);
                head.AsMemory(_position, count).CopyTo(buffer);
                _position += count;
                return count;
            }

            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("async only");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
