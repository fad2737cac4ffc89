namespace OffresEmploi.Sdk.DependencyInjection;

/// <summary>The caller's transport, created once per container and shared by the token and API clients.</summary>
internal sealed class OffresEmploiTransport(HttpMessageHandler handler)
{
    public HttpMessageHandler Handler { get; } = handler;
}
