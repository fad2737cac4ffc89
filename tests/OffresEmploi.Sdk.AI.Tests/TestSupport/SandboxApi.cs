using System.Net.Http.Headers;
using System.Text.Json;
using OffresEmploi.Sandbox;
using OffresEmploi.Sdk.Serialization;
using Refit;

namespace OffresEmploi.Sdk.AI.Tests.TestSupport;

/// <summary>The SDK's Refit client on a sandbox handler, with a sandbox token on every call: the <c>Create(IOffresEmploiApi)</c> entry point.</summary>
internal sealed class SandboxApi : IDisposable
{
    private readonly HttpClient _http;

    public SandboxApi(HttpMessageHandler sandbox)
    {
        _http = new HttpClient(new TokenHandler(sandbox), disposeHandler: true) { BaseAddress = SandboxDefaults.BaseAddress };
        Api = RestService.ForGenerated<IOffresEmploiApi>(_http, OffresEmploiRefitSettings.Create());
    }

    public IOffresEmploiApi Api { get; }

    public void Dispose() => _http.Dispose();

    private sealed class TokenHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private string? _token;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (_token is null)
            {
                using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, SandboxDefaults.TokenEndpoint)
                {
                    Content = new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("client_id", SandboxDefaults.ClientId), new("client_secret", SandboxDefaults.ClientSecret), new("scope", SandboxDefaults.Scope)]),
                };
                using var tokenResponse = await base.SendAsync(tokenRequest, cancellationToken);
                using var json = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync(cancellationToken));
                _token = json.RootElement.GetProperty("access_token").GetString();
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
