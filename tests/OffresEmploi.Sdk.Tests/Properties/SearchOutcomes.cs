using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using OffresEmploi.Testing;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Testing.Properties;

namespace OffresEmploi.Sdk.Tests.Properties;

/// <summary>
/// The property of issue #7 for one request: it is sent and accepted, or refused locally with an
/// <see cref="ArgumentException"/> that names the API parameter and its rule and sends nothing, or (server-only rules
/// only) refused by the API with a typed 400 naming a parameter that holds an unknown code.
/// </summary>
internal sealed class SearchOutcomes(OffresEmploiClient client, TransportCounter counter, KnownCodes codes)
{
    private readonly ConcurrentDictionary<string, int> _tally = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _parametersSeen = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Tally => _tally;

    public IReadOnlyCollection<string> ParametersSeen => [.. _parametersSeen.Keys];

    public int Count(string outcome) => _tally.GetValueOrDefault(outcome);

    public async Task AssertAsync(OffresSearchRequest request, bool mustBeAccepted)
    {
        var before = counter.Searches;
        try
        {
            var page = await client.SearchAsync(request, TestContext.Current.CancellationToken);
            Assert.Contains(page.Status, (HttpStatusCode[])[HttpStatusCode.OK, HttpStatusCode.PartialContent, HttpStatusCode.NoContent]);
            Assert.Equal(before + 1, counter.Searches);
            Record("accepted", request);
        }
        catch (ArgumentException e) when (!mustBeAccepted)
        {
            Assert.Equal(before, counter.Searches); // nothing was sent
            Assert.NotNull(e.ParamName);
            Assert.Contains(e.ParamName, Printing.ParameterNames);
            Assert.Contains(e.ParamName, e.Message, StringComparison.Ordinal);
            Record("refused locally: " + e.ParamName, request);
        }
        catch (OffresEmploiException e) when (!mustBeAccepted && e.Status == 400)
        {
            var parameter = ServerOnlyRules.ParameterOf(e.ApiMessage);
            Assert.True(
                parameter is not null && ServerOnlyRules.Allows(request, parameter, codes),
                $"The API answered 400 \"{e.ApiMessage}\" for a rule the SDK can check locally.");
            Record("400 server-only: " + parameter, request);
        }
    }

    public string Summary(int iterations) => string.Join(
        "\n",
        _tally.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}: {p.Value} ({100.0 * p.Value / iterations:0.0}%)")));

    private void Record(string outcome, OffresSearchRequest request)
    {
        _ = _tally.AddOrUpdate(outcome, 1, (_, n) => n + 1);
        foreach (var name in Printing.SetParameters(request))
        {
            _parametersSeen[name] = true;
        }
    }
}
