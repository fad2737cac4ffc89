using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using OffresEmploi.Sandbox;
using OffresEmploi.Sandbox.Http;
using OffresEmploi.Sdk.AI.Backend;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Sdk.Serialization;
using Refit;

namespace OffresEmploi.Sdk.AI.Tests.TestSupport;

/// <summary>The tools' backend over the in-process sandbox through the SDK's generated Refit interface, with a sandbox token.</summary>
internal sealed class SandboxApiBackend : IOffresBackend, IDisposable
{
    public static readonly DateTimeOffset FixedNow = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    private readonly HttpClient _http;
    private readonly IOffresEmploiApi _api;

    public SandboxApiBackend(int corpusSize = 2000)
    {
        var sandbox = new SandboxHttpMessageHandler(new SandboxOptions { CorpusSize = corpusSize, Now = FixedNow });
        _http = new HttpClient(new TokenHandler(sandbox), disposeHandler: true) { BaseAddress = SandboxDefaults.BaseAddress };
        _api = RestService.For<IOffresEmploiApi>(_http, OffresEmploiRefitSettings.Create());
    }

    public int Calls { get; private set; }

    public async Task<OffresPage> SearchAsync(OffresSearchRequest request, CancellationToken cancellationToken)
    {
        Calls++;
        using var response = await _api.SearchAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return new OffresPage([], [], 0);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new OffresEmploiException((response.Error as ApiException)?.Content ?? "error") { Status = (int)(response.StatusCode ?? 0), ApiMessage = ApiMessage((response.Error as ApiException)?.Content) };
        }

        var total = response.ContentHeaders?.TryGetValues("Content-Range", out var values) == true
            ? int.Parse(values.First().Split('/')[1], System.Globalization.CultureInfo.InvariantCulture)
            : response.Content!.Resultats!.Count;
        return new OffresPage(response.Content!.Resultats ?? [], response.Content.FiltresPossibles ?? [], total);
    }

    public async Task<Offre?> GetOffreAsync(string id, CancellationToken cancellationToken)
    {
        Calls++;
        using var response = await _api.GetOffreAsync(id, cancellationToken);
        return response.StatusCode == HttpStatusCode.NoContent ? null
            : response.IsSuccessStatusCode ? response.Content
            : throw new OffresEmploiException("error") { Status = (int)(response.StatusCode ?? 0), ApiMessage = ApiMessage((response.Error as ApiException)?.Content) };
    }

    public async Task<IReadOnlyList<ReferentielEntry>> GetReferentielAsync(string name, CancellationToken cancellationToken)
    {
        Calls++;
        using var document = JsonDocument.Parse(await _http.GetStringAsync(new Uri($"v2/referentiel/{name}", UriKind.Relative), cancellationToken));
        return [.. document.RootElement.EnumerateArray().Select(e => new ReferentielEntry(e.GetProperty("code").GetString()!, e.GetProperty("libelle").GetString()!))];
    }

    public void Dispose() => _http.Dispose();

    private static string? ApiMessage(string? body)
    {
        try
        {
            return body is null ? null : JsonDocument.Parse(body).RootElement.GetProperty("message").GetString();
        }
        catch (JsonException)
        {
            return body;
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
