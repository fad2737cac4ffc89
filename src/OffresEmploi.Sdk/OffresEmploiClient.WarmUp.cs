namespace OffresEmploi.Sdk;

public partial class OffresEmploiClient
{
    /// <summary>
    /// Obtains the access token now, so that the first call does not wait for it: for a server or an application that
    /// starts before its first request. It opens the connection to the token endpoint on the way.
    /// </summary>
    /// <param name="cancellationToken">Cancels the token request.</param>
    /// <returns>A task that completes when a token is cached; it faults with the error the token request met.</returns>
    /// <remarks>
    /// <para>
    /// Meant to run in the background, its failure ignored: a call that starts while the token is being requested waits
    /// for that request and shares its outcome (the token, or the error it met); a call that starts after a failed
    /// warm-up requests a token itself and reports its own error. Nothing is sent when a fresh token is already cached.
    /// </para>
    /// <para>No API call is made, so no request of the rate limit is spent. Does nothing on a client built for mocking.</para>
    /// </remarks>
    /// <exception cref="OffresEmploiException">The token request failed; the type and message say why (credentials, network, outage).</exception>
    public virtual Task WarmUpAsync(CancellationToken cancellationToken = default) =>
        _tokenProvider?.PrefetchAsync(cancellationToken) ?? Task.CompletedTask;
}
