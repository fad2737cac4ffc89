using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OffresEmploi.Sandbox.Drift;

namespace OffresEmploi.Sandbox.Tests.Drift;

/// <summary>One API answer as a client sees it: status, every header (response and content), the body's text.</summary>
internal sealed record DriftedAnswer(HttpStatusCode Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public JsonElement Json => JsonElement.Parse(Body);

    /// <summary>A small corpus and a fixed clock (error bodies carry a code read from it), no drift set.</summary>
    public static SandboxOptions CreateOptions()
    {
        var options = SandboxTestClient.CreateOptions(corpusSize: 120);
        options.TimeProvider = new FakeTimeProvider(SandboxTestClient.FixedNow);
        return options;
    }

    /// <summary>Creates a sandbox of <see cref="CreateOptions"/> with the given drift.</summary>
    public static SandboxTestClient CreateSandbox(string drift)
    {
        var options = CreateOptions();
        options.Drift = DriftProfile.Parse(drift);
        return new SandboxTestClient(options);
    }

    public static async Task<DriftedAnswer> GetAsync(SandboxTestClient sandbox, string relative)
    {
        using var response = await sandbox.GetAuthorizedAsync(relative);
        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        return new(response.StatusCode, headers, await response.Content.ReadAsStringAsync(Token));
    }

    /// <summary>The same request to a clean sandbox and to one with <paramref name="drift"/>.</summary>
    public static async Task<(DriftedAnswer Clean, DriftedAnswer Drifted)> CompareAsync(string drift, string relative)
    {
        using var clean = CreateSandbox("none");
        using var drifted = CreateSandbox(drift);
        return (await GetAsync(clean, relative), await GetAsync(drifted, relative));
    }

    /// <summary>The id of the first offer of a search, to fetch by id.</summary>
    public static async Task<string> FirstIdAsync()
    {
        using var clean = CreateSandbox("none");
        var search = await GetAsync(clean, "v2/offres/search?range=0-0");
        return search.Json.GetProperty("resultats")[0].GetProperty("id").GetString()!;
    }
}
