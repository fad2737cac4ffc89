namespace OffresEmploi.Sdk;

/// <summary>Why a request got no response, as far as the network stack tells: see <see cref="OffresEmploiConnectionException.Cause"/>.</summary>
public enum ConnectionFailureCause
{
    /// <summary>Another network failure (a proxy, an invalid HTTP answer...); the inner exception has the details.</summary>
    Other = 0,

    /// <summary>The host name could not be resolved (DNS): a typo in the URL, no DNS server, or no network at all.</summary>
    NameResolution = 1,

    /// <summary>The host answered but nothing listens on that port (TCP connection refused): a wrong URL or port, or the service is down.</summary>
    ConnectionRefused = 2,

    /// <summary>The connection was reset or closed before the answer was complete (a proxy, a firewall, an overloaded server).</summary>
    ConnectionReset = 3,

    /// <summary>No route to the network or to the host (no network, a VPN or a firewall in the way).</summary>
    NetworkUnreachable = 4,

    /// <summary>The secure connection could not be set up: the certificate is not trusted or does not match the host (TLS), often a proxy or a wrong clock.</summary>
    Tls = 5,

    /// <summary>No answer arrived in time (<see cref="OffresEmploiOptions.AttemptTimeout"/> or <see cref="OffresEmploiOptions.TotalTimeout"/>).</summary>
    Timeout = 6,
}
