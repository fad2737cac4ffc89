using System.Net.Http.Headers;
using System.Text.Json;
using OffresEmploi.Sandbox.Http;

namespace OffresEmploi.Sandbox.Tests;

/// <summary>An HttpClient on an in-process sandbox, with helpers to get tokens and call the API.</summary>
internal sealed class SandboxTestClient : IDisposable
{
    public static readonly DateTimeOffset FixedNow = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    private string? _token;

    public SandboxTestClient(SandboxOptions? options = null)
    {
        Options = options ?? CreateOptions();
        Handler = new SandboxHttpMessageHandler(Options);
        Http = new HttpClient(Handler, disposeHandler: true) { BaseAddress = SandboxDefaults.BaseAddress };
    }

    public SandboxOptions Options { get; }

    public SandboxHttpMessageHandler Handler { get; }

    public HttpClient Http { get; }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Small corpus and fixed date: fast and stable.</summary>
    public static SandboxOptions CreateOptions(int corpusSize = 300) => new() { CorpusSize = corpusSize, Now = FixedNow };

    public Task<HttpResponseMessage> RequestTokenAsync(
        IEnumerable<KeyValuePair<string, string>> form,
        string query = "?realm=%2Fpartenaire",
        AuthenticationHeaderValue? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(SandboxDefaults.TokenEndpoint.GetLeftPart(UriPartial.Path) + query))
        {
            Content = new FormUrlEncodedContent(form),
        };
        request.Headers.Authorization = authorization;
        return Http.SendAsync(request, Token);
    }

    public static KeyValuePair<string, string>[] TokenForm(
        string clientId = SandboxDefaults.ClientId,
        string secret = SandboxDefaults.ClientSecret,
        string scope = SandboxDefaults.Scope,
        string grantType = "client_credentials") =>
        [new("grant_type", grantType), new("client_id", clientId), new("client_secret", secret), new("scope", scope)];

    public async Task<string> GetTokenAsync(string clientId = SandboxDefaults.ClientId, string secret = SandboxDefaults.ClientSecret, string scope = SandboxDefaults.Scope)
    {
        using var response = await RequestTokenAsync(TokenForm(clientId, secret, scope));
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>GET a path relative to <see cref="SandboxDefaults.BaseAddress"/> (e.g. <c>v2/offres/search</c>) with a token, or none.</summary>
    public Task<HttpResponseMessage> GetAsync(string relative, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, relative);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return Http.SendAsync(request, Token);
    }

    /// <summary>GET with a token obtained once for this client.</summary>
    public async Task<HttpResponseMessage> GetAuthorizedAsync(string relative)
    {
        _token ??= await GetTokenAsync();
        return await GetAsync(relative, _token);
    }

    public static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));

    public static async Task<string> ReadMessageAsync(HttpResponseMessage response)
    {
        using var json = await ReadJsonAsync(response);
        return json.RootElement.GetProperty("message").GetString()!;
    }

    public void Dispose() => Http.Dispose();
}
