using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using OffresEmploi.Cli.Tests.TestSupport;
using OffresEmploi.ContractCheck;
using OffresEmploi.Sandbox;
using OffresEmploi.Sdk;

namespace OffresEmploi.Cli.Tests.ContractCheck;

/// <summary>
/// The contract check against the in-process sandbox: clean, it conforms within its budget; with drift injected
/// between the client and the sandbox (each kind by its own test), it reports that kind at the exact path or header,
/// with the request that showed it, and nothing else.
/// </summary>
public sealed class ContractCheckerTests
{
    private const string FirstSearch = "GET v2/offres/search?range=0-149";

    private static async Task<ContractCheckReport> CheckAsync(Func<HttpRequestMessage, HttpResponseMessage, Task>? drift = null, int budget = 60)
    {
        using var handler = new DriftHandler(drift, TestSandbox.Handler);
        using var client = SandboxClientFactory.Create(handler, new SandboxClientOptions());
        return await ContractChecker.RunAsync(client, new ContractCheckOptions { RequestBudget = budget }, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_sandbox_conforms_within_the_budget_and_every_uncertain_rule_is_probed()
    {
        var report = await CheckAsync();

        Assert.False(report.HasDrift, report.ToMarkdown());
        Assert.Empty(report.Findings);
        Assert.InRange(report.Requests, 30, 60);
        Assert.Equal(0, report.Skipped);
        Assert.Equal(6, report.Observations.Count);
        Assert.Contains(report.Observations, o => o.Rule.Contains("publieeDepuis", StringComparison.Ordinal) && o.Outcome.StartsWith("accepted", StringComparison.Ordinal));
        Assert.Contains("**Conforms to the spec.**", report.ToMarkdown(), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(report.ToJson());
        Assert.False(json.RootElement.GetProperty("drift").GetBoolean());
        Assert.Equal(report.Requests, json.RootElement.GetProperty("requests").GetInt32());
    }

    [Fact]
    public async Task A_small_budget_is_kept_and_the_rest_counted_as_skipped()
    {
        var report = await CheckAsync(budget: 5);

        Assert.Equal(5, report.Requests);
        Assert.True(report.Skipped > 20, $"{report.Skipped} skipped");
        Assert.Empty(report.Findings);
    }

    [Fact]
    public async Task An_unknown_member_is_reported_at_its_path()
    {
        var report = await CheckAsync(FirstOffer((offer, _) => offer["champInconnu"] = "drift"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(ContractFindingKind.UnknownMember, finding.Kind);
        Assert.Equal("$.resultats[0].champInconnu", finding.Location);
        Assert.Equal("drift", finding.Seen);
        Assert.Equal(FirstSearch, finding.Request);
        Assert.True(report.HasDrift);
    }

    [Fact]
    public async Task A_new_code_is_reported_with_the_value_seen()
    {
        var report = await CheckAsync(FirstOffer((offer, _) => offer["typeContrat"] = "XYZ"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(ContractFindingKind.UnknownCode, finding.Kind);
        Assert.Equal("$.resultats[0].typeContrat", finding.Location);
        Assert.Equal("XYZ", finding.Seen);
        Assert.Contains("TypeContrat", finding.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_type_is_reported_with_the_type_expected()
    {
        var report = await CheckAsync(FirstOffer((offer, _) => offer["nombrePostes"] = "2"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(ContractFindingKind.TypeChanged, finding.Kind);
        Assert.Equal("$.resultats[0].nombrePostes", finding.Location);
        Assert.Equal("2", finding.Seen);
        Assert.StartsWith("a number", finding.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_header_is_reported_by_name_for_every_search_that_lacks_it()
    {
        var report = await CheckAsync((request, response) =>
        {
            if (request.RequestUri!.AbsolutePath.EndsWith("/search", StringComparison.Ordinal))
            {
                _ = response.Content.Headers.Remove("Content-Range");
            }

            return Task.CompletedTask;
        });

        Assert.NotEmpty(report.Findings);
        Assert.All(report.Findings, f => Assert.Equal((ContractFindingKind.MissingHeader, "Content-Range"), (f.Kind, f.Location)));
        Assert.Contains(report.Findings, f => f.Request == FirstSearch);
    }

    [Fact]
    public async Task An_unexpected_status_is_reported_with_the_statuses_expected()
    {
        var report = await CheckAsync((request, response) =>
        {
            if (request.RequestUri!.AbsolutePath.Contains("/v2/offres/", StringComparison.Ordinal) && !request.RequestUri.AbsolutePath.EndsWith("/search", StringComparison.Ordinal))
            {
                response.StatusCode = HttpStatusCode.Accepted;
            }

            return Task.CompletedTask;
        });

        Assert.NotEmpty(report.Findings);
        Assert.All(report.Findings, f => Assert.Equal((ContractFindingKind.UnexpectedStatus, "status", "202", "200"), (f.Kind, f.Location, f.Seen, f.Expected)));
        Assert.All(report.Findings, f => Assert.StartsWith("GET v2/offres/", f.Request, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_drifted_token_answer_is_reported_without_showing_any_value()
    {
        var report = await CheckAsync(async (request, response) =>
        {
            if (request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("/access_token", StringComparison.Ordinal))
            {
                var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
                body["refresh_token"] = "rt-" + body["access_token"]!.GetValue<string>();
                body["expires_in"] = "1499";
                response.Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
            }
        });

        Assert.Equal(2, report.Findings.Count);
        Assert.Contains(report.Findings, f => (f.Kind, f.Location) == (ContractFindingKind.UnknownMember, "$.refresh_token"));
        Assert.Contains(report.Findings, f => (f.Kind, f.Location) == (ContractFindingKind.TypeChanged, "$.expires_in"));
        Assert.All(report.Findings, f => Assert.Null(f.Seen));
        Assert.All(report.Findings, f => Assert.StartsWith("POST /connexion/oauth2/access_token", f.Request, StringComparison.Ordinal));
        Assert.DoesNotContain("rt-", report.ToMarkdown() + report.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_hold_no_secret_and_cut_long_texts()
    {
        var longText = new string('x', 500);
        var report = await CheckAsync(FirstOffer((offer, _) => offer["descriptionInconnue"] = longText));

        var finding = Assert.Single(report.Findings);
        Assert.True(finding.Seen!.Length <= 80, finding.Seen);
        var secret = SandboxClientFactory.CreateClientOptions().ClientSecret;
        foreach (var text in new[] { report.ToMarkdown(), report.ToJson() })
        {
            Assert.DoesNotContain(longText, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Bearer", text, StringComparison.Ordinal);
            Assert.DoesNotContain("client_secret=" + secret, text, StringComparison.Ordinal);
        }
    }

    /// <summary>Changes the first offer of the check's first search (the one without criteria).</summary>
    private static Func<HttpRequestMessage, HttpResponseMessage, Task> FirstOffer(Action<JsonObject, HttpRequestMessage> change) =>
        async (request, response) =>
        {
            if (request.RequestUri!.PathAndQuery.EndsWith("/v2/offres/search?range=0-149", StringComparison.Ordinal))
            {
                var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
                change(body["resultats"]![0]!.AsObject(), request);
                var content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
                foreach (var header in response.Content.Headers.Where(h => !h.Key.StartsWith("Content-Type", StringComparison.OrdinalIgnoreCase) && !h.Key.StartsWith("Content-Length", StringComparison.OrdinalIgnoreCase)))
                {
                    _ = content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }

                response.Content = content;
            }
        };

    /// <summary>Sits between the client and the sandbox and changes answers, as an API that drifted would send them.</summary>
    private sealed class DriftHandler(Func<HttpRequestMessage, HttpResponseMessage, Task>? drift, HttpMessageHandler sandbox) : DelegatingHandler(sandbox)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (drift is not null)
            {
                await drift(request, response);
            }

            return response;
        }

        protected override void Dispose(bool disposing)
        {
            // The shared test sandbox outlives this handler.
            if (!disposing)
            {
                base.Dispose(disposing);
            }
        }
    }
}
