using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using OffresEmploi.Sandbox;
using OffresEmploi.Sandbox.Http;
using OffresEmploi.Testing;

namespace OffresEmploi.Sdk.Tests.Fuzzing;

/// <summary>
/// Real-shaped response bodies, produced once by the in-process sandbox: the seeds the fuzzers mutate. Long
/// referentiels are cut to their first items so that each mutation stays cheap.
/// </summary>
internal static class SandboxBodies
{
    private static readonly Lazy<Task<IReadOnlyDictionary<string, byte[]>>> Bodies = new(LoadAsync);

    /// <summary>The body names: <c>search</c>, <c>search-facets</c>, <c>offre</c>, <c>token</c>, <c>token-error</c> and <c>referentiel-{name}</c>.</summary>
    public static async Task<byte[]> GetAsync(string name) => (await Bodies.Value)[name];

    private static async Task<IReadOnlyDictionary<string, byte[]>> LoadAsync()
    {
        using var sandbox = new SandboxHttpMessageHandler(SandboxSetup.NewSandboxOptions(500));
        using var http = new HttpClient(sandbox) { BaseAddress = SandboxDefaults.BaseAddress };
        var bodies = new Dictionary<string, byte[]>(StringComparer.Ordinal);

        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", SandboxDefaults.ClientId),
            new("client_secret", SandboxDefaults.ClientSecret),
            new("scope", SandboxDefaults.Scope),
        ]);
        using var tokenResponse = await http.PostAsync(SandboxDefaults.TokenEndpoint, form);
        bodies["token"] = await tokenResponse.Content.ReadAsByteArrayAsync();
        var token = JsonNode.Parse(bodies["token"])!["access_token"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var wrongSecret = new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("client_id", "x"), new("client_secret", "y"), new("scope", SandboxDefaults.Scope)]);
        using var refused = await http.PostAsync(SandboxDefaults.TokenEndpoint, wrongSecret);
        bodies["token-error"] = await refused.Content.ReadAsByteArrayAsync();

        bodies["search"] = await http.GetByteArrayAsync("v2/offres/search?range=0-4");
        bodies["search-facets"] = await http.GetByteArrayAsync("v2/offres/search?range=0-1&typeContrat=CDI");
        var id = JsonNode.Parse(bodies["search"])!["resultats"]![0]!["id"]!.GetValue<string>();
        bodies["offre"] = await http.GetByteArrayAsync($"v2/offres/{id}");
        using var badRequest = await http.GetAsync("v2/offres/search?range=0-400");
        bodies["error-400"] = await badRequest.Content.ReadAsByteArrayAsync();
        foreach (var name in OffresEmploiClient.ReferentielNames)
        {
            var list = JsonNode.Parse(await http.GetByteArrayAsync($"v2/referentiel/{name}"))!.AsArray();
            var head = new JsonArray([.. list.Take(6).Select(n => n?.DeepClone())]);
            bodies["referentiel-" + name] = JsonSerializer.SerializeToUtf8Bytes(head);
        }

        return bodies;
    }
}
