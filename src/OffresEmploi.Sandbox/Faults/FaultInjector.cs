namespace OffresEmploi.Sandbox.Faults;

/// <summary>Decides, for the n-th API request (numbered by <see cref="Diagnostics.RequestCounters.ApiRequestArrived"/>),
/// which faults of a <see cref="FaultProfile"/> apply.</summary>
internal sealed class FaultInjector
{
    private static readonly int[] s_serverErrors = [500, 502, 503];
    private readonly FaultProfile _profile;
    private readonly int _seed;
    private readonly TimeProvider _timeProvider;

    // The timestamp at which request OutageAt arrived; 0 until it does.
    private long _outageStart;

    public FaultInjector(FaultProfile profile, int seed, TimeProvider timeProvider)
    {
        _profile = profile;
        _seed = profile.Seed ?? seed;
        _timeProvider = timeProvider;
    }

    /// <summary>Whether the API is down for this request: from the arrival of request <see cref="FaultProfile.OutageAt"/>
    /// and for <see cref="FaultProfile.OutageDuration"/> on the sandbox's clock.</summary>
    /// <remarks>Time, not a request count, bounds the outage: a client that pauses while the API is down must find it
    /// back up after the same wall (or fake) time, however few requests it sent meanwhile.</remarks>
    public bool IsInOutage(long requestNumber)
    {
        if (_profile.OutageAt <= 0 || _profile.OutageDuration <= TimeSpan.Zero || requestNumber < _profile.OutageAt)
        {
            return false;
        }

        var now = _timeProvider.GetTimestamp();
        var start = Interlocked.CompareExchange(ref _outageStart, now, 0);
        return start == 0 || _timeProvider.GetElapsedTime(start, now) < _profile.OutageDuration;
    }

    public TimeSpan RetryAfter => _profile.RetryAfter;

    public TimeSpan LatencyFor(long requestNumber)
    {
        var spike = _profile.LatencySpike.Fires(requestNumber, _seed, FaultKind.LatencySpike) ? _profile.LatencySpikeDuration : TimeSpan.Zero;
        if (_profile.LatencyMax <= TimeSpan.Zero)
        {
            return spike;
        }

        var spread = (_profile.LatencyMax - _profile.LatencyMin).Ticks;
        var draw = DeterministicRandom.NextDouble(_seed, requestNumber, FaultKind.Latency);
        return _profile.LatencyMin + TimeSpan.FromTicks((long)(spread * draw)) + spike;
    }

    public bool RevokesToken(long requestNumber) =>
        _profile.TokenRevocation.Fires(requestNumber, _seed, FaultKind.TokenRevocation);

    /// <summary>A request is inside a 429 burst when the trigger fired on it or on one of the
    /// <c>TooManyRequestsLength - 1</c> requests before it; no shared state is needed.</summary>
    public bool IsInTooManyRequestsBurst(long requestNumber)
    {
        if (!_profile.TooManyRequests.IsActive)
        {
            return false;
        }

        for (var n = Math.Max(1, requestNumber - _profile.TooManyRequestsLength + 1); n <= requestNumber; n++)
        {
            if (_profile.TooManyRequests.Fires(n, _seed, FaultKind.TooManyRequests))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the injected server error status, or 0 for none.</summary>
    public int ServerErrorFor(long requestNumber)
    {
        if (_profile.InternalServerError.Fires(requestNumber, _seed, FaultKind.InternalServerError))
        {
            return 500;
        }

        if (_profile.BadGateway.Fires(requestNumber, _seed, FaultKind.BadGateway))
        {
            return 502;
        }

        if (_profile.ServiceUnavailable.Fires(requestNumber, _seed, FaultKind.ServiceUnavailable))
        {
            return 503;
        }

        if (_profile.AnyServerError.Fires(requestNumber, _seed, FaultKind.AnyServerError))
        {
            var draw = DeterministicRandom.NextDouble(_seed, requestNumber, FaultKind.AnyServerErrorStatus);
            return s_serverErrors[(int)(draw * s_serverErrors.Length)];
        }

        return 0;
    }

    public BodyFault BodyFaultFor(long requestNumber)
    {
        if (_profile.TruncatedBody.Fires(requestNumber, _seed, FaultKind.TruncatedBody))
        {
            return BodyFault.Truncated;
        }

        return _profile.MalformedBody.Fires(requestNumber, _seed, FaultKind.MalformedBody) ? BodyFault.Malformed : BodyFault.None;
    }
}
