using System.Diagnostics;
using System.Net;
using System.Text.Json;
using OffresEmploi.Sdk;

namespace OffresEmploi.ContractCheck;

/// <summary>
/// Probes the API a client points at (France Travail's, or the sandbox) with a fixed, bounded set of requests and
/// compares every answer with the project's spec: statuses, the search headers, every JSON member, the codes. Also
/// sends one request per rule the reference marks uncertain and reports what the API did.
/// </summary>
/// <remarks>
/// Requests go through the client's own pipeline (token, pacing under the quota, retries), so the check spends the
/// quota as any client would. Only the API's documented paths are used: nothing sandbox-only.
/// </remarks>
public static class ContractChecker
{
    /// <summary>Runs the check.</summary>
    /// <param name="client">A client made with the public constructor (its settings say which API and credentials).</param>
    /// <param name="options">The budget; defaults when null.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>The findings and observations.</returns>
    /// <exception cref="ArgumentException"><paramref name="client"/> was built by dependency injection (no pipeline of its own).</exception>
    /// <exception cref="OffresEmploiException">The token could not be had, or the API could not be reached.</exception>
    public static async Task<ContractCheckReport> RunAsync(OffresEmploiClient client, ContractCheckOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        options ??= new ContractCheckOptions();
        options.Validate();
        var http = client.RawHttpClient ?? throw new ArgumentException("The contract check needs a client made with OffresEmploiClient's constructor.", nameof(client));
        var run = new Run(http, options.RequestBudget);
        var started = Stopwatch.GetTimestamp();

        // The token answer first (its own request: the client's token is read by the SDK, not shown to the check).
        await run.CheckTokenAsync(client, cancellationToken).ConfigureAwait(false);

        // The first search also gives the ids read back; referentiels next, so a small budget still covers every schema.
        var searches = ContractProbe.Searches(client.RangeLimits);
        var ids = await run.SendAsync(searches[0], cancellationToken).ConfigureAwait(false);
        foreach (var probe in ContractProbe.Referentiels())
        {
            _ = await run.SendAsync(probe, cancellationToken).ConfigureAwait(false);
        }

        foreach (var id in ids.Take(options.OffersById))
        {
            _ = await run.SendAsync(ContractProbe.Offer(id), cancellationToken).ConfigureAwait(false);
        }

        foreach (var probe in searches.Skip(1))
        {
            _ = await run.SendAsync(probe, cancellationToken).ConfigureAwait(false);
        }

        return new ContractCheckReport
        {
            BaseAddress = http.BaseAddress!.GetLeftPart(UriPartial.Path),
            Findings = [.. run.Findings.Select(f => f with { Seen = Redact(f.Seen, client) })],
            Observations = run.Observations,
            Requests = run.Sent,
            Skipped = run.Skipped,
            Duration = Stopwatch.GetElapsedTime(started),
        };
    }

    private static string? Redact(string? text, OffresEmploiClient client) =>
        text is null ? null : SensitiveDataRedactor.Redact(text, client.Secrets);

    private static IEnumerable<string> OfferIds(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty("resultats", out var results) && results.ValueKind == JsonValueKind.Array)
        {
            foreach (var offer in results.EnumerateArray())
            {
                if (offer.ValueKind == JsonValueKind.Object && offer.TryGetProperty("id", out var id) && id.GetString() is { Length: > 0 } value)
                {
                    yield return value;
                }
            }
        }
    }

    /// <summary>The requests of one check: sends within the budget, checks each answer, keeps what it found.</summary>
    private sealed class Run(HttpClient http, int budget)
    {
        public List<ContractFinding> Findings { get; } = [];

        public List<ContractObservation> Observations { get; } = [];

        public int Sent { get; private set; }

        public int Skipped { get; private set; }

        /// <summary>
        /// Requests a token as the SDK does and checks the answer's status and members. Values are never shown: the
        /// answer holds a token, so a finding there says where and what was expected, not what was seen.
        /// </summary>
        public async Task CheckTokenAsync(OffresEmploiClient client, CancellationToken cancellationToken)
        {
            if (client.RawTokenClient is not { } tokenClient || Sent >= budget || client.CreateTokenRequest() is not { } tokenRequest)
            {
                return;
            }

            Sent++;
            using var sent = tokenRequest;
            var request = "POST " + sent.RequestUri!.PathAndQuery;
            using var response = await tokenClient.SendAsync(sent, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Findings.Add(new(ContractFindingKind.UnexpectedStatus, "status", ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), "200", request));
                return;
            }

            try
            {
                using var document = JsonDocument.Parse(body);
                foreach (var difference in JsonContractWalker.Walk(document.RootElement, Sdk.Authentication.AuthenticationJsonContext.Default.TokenResponse))
                {
                    Findings.Add(new(difference.Kind, difference.Path, null, difference.Expected, request));
                }

                if (!document.RootElement.TryGetProperty("access_token", out var token) || token.ValueKind != JsonValueKind.String)
                {
                    Findings.Add(new(ContractFindingKind.MissingMember, "$.access_token", null, "the access token, a string", request));
                }
            }
            catch (JsonException)
            {
                Findings.Add(new(ContractFindingKind.UnreadableBody, "$", null, "a JSON body", request));
            }
        }

        private bool _referentielRangeSeen;
        private bool _rateLimitSeen;

        /// <summary>Sends the probe (unless the budget is spent) and checks the answer; returns the offer ids of a search page.</summary>
        public async Task<IReadOnlyList<string>> SendAsync(ContractProbe probe, CancellationToken cancellationToken)
        {
            if (Sent >= budget)
            {
                Skipped++;
                return [];
            }

            Sent++;
            var request = "GET " + probe.PathAndQuery;
            using var response = await http.GetAsync(new Uri(probe.PathAndQuery, UriKind.Relative), cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (probe.Uncertain is { } rule)
            {
                Observations.Add(new ContractObservation(rule, request, Describe(response, body)));
                return [];
            }

            ObserveHeaders(probe, response, request);

            if (!probe.Statuses.Contains(status))
            {
                Findings.Add(new(ContractFindingKind.UnexpectedStatus, "status", status.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(" or ", probe.Statuses), request));
            }

            if (probe.IsSearch && status is 200 or 206)
            {
                CheckHeader(response, "Content-Range", request);
                CheckHeader(response, "Accept-Range", request);
            }

            if (probe.Body is null || status == (int)HttpStatusCode.NoContent || body.Length == 0 || status >= 300)
            {
                return [];
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(body);
            }
            catch (JsonException)
            {
                Findings.Add(new(ContractFindingKind.UnreadableBody, "$", Snippet(body), "a JSON body", request));
                return [];
            }

            using (document)
            {
                foreach (var difference in JsonContractWalker.Walk(document.RootElement, probe.Body))
                {
                    Findings.Add(new(difference.Kind, difference.Path, difference.Seen, difference.Expected, request));
                }

                return probe.IsSearch ? [.. OfferIds(document.RootElement)] : [];
            }
        }

        /// <summary>Two uncertain rules every run shows without a request of its own: the rate limit and Content-Range on referentiels.</summary>
        private void ObserveHeaders(ContractProbe probe, HttpResponseMessage response, string request)
        {
            if (!_rateLimitSeen && probe.IsSearch)
            {
                _rateLimitSeen = true;
                var headers = response.Headers.Where(h => h.Key.StartsWith("x-ratelimit", StringComparison.OrdinalIgnoreCase))
                    .Select(h => $"{h.Key}: {string.Join(",", h.Value)}").ToList();
                Observations.Add(new("the rate limit is 3, 4 or 10 requests/s (sources disagree)", request,
                    headers.Count == 0 ? "no x-ratelimit-* header" : string.Join("; ", headers)));
            }

            if (!_referentielRangeSeen && probe.PathAndQuery.StartsWith("v2/referentiel/", StringComparison.Ordinal))
            {
                _referentielRangeSeen = true;
                var range = response.Content.Headers.TryGetValues("Content-Range", out var values) ? values.FirstOrDefault() : null;
                Observations.Add(new("referentiels answer with a Content-Range header", request, range is null ? "no Content-Range" : $"Content-Range {range}"));
            }
        }

        private void CheckHeader(HttpResponseMessage response, string name, string request)
        {
            // TryGetValues, not Contains: Content-Range is a content header and Accept-Range a response one, and asking a
            // collection for the other kind throws.
            if (!response.Headers.TryGetValues(name, out _) && !response.Content.Headers.TryGetValues(name, out _))
            {
                Findings.Add(new(ContractFindingKind.MissingHeader, name, null, $"a {name} header on a 200 or 206 search", request));
            }
        }

        private static string Describe(HttpResponseMessage response, byte[] body)
        {
            var status = (int)response.StatusCode;
            var range = response.Content.Headers.TryGetValues("Content-Range", out var values) ? values.FirstOrDefault() : null;
            return status switch
            {
                200 or 206 => $"accepted: {status}" + (range is null ? "" : $", Content-Range {range}"),
                204 => "accepted: 204, no offer",
                _ => $"refused: {status} {Snippet(body)}".TrimEnd(),
            };
        }

        private static string Snippet(byte[] body) => JsonContractWalker.Shorten(System.Text.Encoding.UTF8.GetString(body), 120);
    }
}
