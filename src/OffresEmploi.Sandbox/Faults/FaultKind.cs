namespace OffresEmploi.Sandbox.Faults;

/// <summary>The independent random streams of the fault injector; one per kind of fault.</summary>
internal enum FaultKind
{
    Latency = 1,
    TokenRevocation = 2,
    TooManyRequests = 3,
    InternalServerError = 4,
    BadGateway = 5,
    ServiceUnavailable = 6,
    AnyServerError = 7,
    AnyServerErrorStatus = 8,
    TruncatedBody = 9,
    MalformedBody = 10,
    LatencySpike = 11,
}
