using System.Net.Http.Headers;
using System.Text.Json;
using OffresEmploi.Sandbox;
using OffresEmploi.Sandbox.Http;
using OffresEmploi.Sdk.Serialization;
using Refit;

namespace OffresEmploi.Sdk.AI.Tests.TestSupport;

/// <summary>The SDK's Refit client on an in-process sandbox (fixed date, small corpus), with a sandbox token on every call.</summary>
internal sealed class SandboxApi : IDisposable
{
    public static readonly DateTimeOffset FixedNow = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    private readonly HttpClient _http;

    public SandboxApi(int corpusSize = 2000)
    {
        var sandbox = new SandboxHttpMessageHandler(new SandboxOptions { CorpusSize = corpusSize, Now = FixedNow });
        Counter = new CountingHandler(sandbox);
        _http = new HttpClient(new TokenHandler(Counter), disposeHandler: true) { BaseAddress = SandboxDefaults.BaseAddress };
        Api = RestService.ForGenerated<IOffresEmploiApi>(_http, OffresEmploiRefitSettings.Create());
    }

    public IOffresEmploiApi Api { get; }

    /// <summary>Counts the API requests (token requests excluded).</summary>
    public CountingHandler Counter { get; }

    public void Dispose() => _http.Dispose();

    internal sealed class CountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private int _count;

        public int Count => _count;

        public List<string> Queries { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Get)
            {
                Interlocked.Increment(ref _count);
                lock (Queries)
                {
                    Queries.Add(request.RequestUri!.PathAndQuery);
                }
            }

            return base.SendAsync(request, cancellationToken);
        }
    }

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
