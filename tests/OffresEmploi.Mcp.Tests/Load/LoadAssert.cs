using OffresEmploi.Testing.Load;

namespace OffresEmploi.Mcp.Tests.Load;

/// <summary>The assertions every load run must pass, on the report's figures.</summary>
internal static class LoadAssert
{
    public static void AllAnsweredWithoutError(LoadReport report)
    {
        Assert.True(report.Expected == report.Answered, report.ToText());
        Assert.True(report.Outcomes[CallOutcome.Success] == report.Expected, report.ToText());
        Assert.Equal(report.Expected, report.All.Calls);
        Assert.Equal(0, report.All.Errors);
        Assert.All(report.ByTool, f => Assert.Equal(0, f.Errors));
        Assert.True(report.All.Latency.P99 > 0 && report.All.Latency.P50 <= report.All.Latency.P99);
    }

    public static void QuotaKept(LoadReport report)
    {
        var options = report.Options;
        Assert.True(report.Api.ApiRequests > 0);
        Assert.Equal(0, report.Api.TooManyRequests);
        Assert.Equal(0, report.Api.Unauthorized);

        // A token bucket of rate N and burst B admits N + B in one second at most (a full bucket, then N refills).
        Assert.InRange(report.Api.MaxApiRequestsPerSecond, 1, options.Rate + options.EffectiveBurst);
    }

    /// <summary>Each referentiel fetched at most once per replica: each replica's client caches it for the run.</summary>
    /// <remarks>Checked by name: a total can hide a name fetched twice behind one never fetched.</remarks>
    public static void ReferentielsFetchedAtMostOncePerReplica(LoadReport report)
    {
        Assert.True(report.Api.ReferentielFetches > 0, report.ToText());
        Assert.Equal(report.Api.ReferentielFetches, report.Api.ReferentielFetchesByName.Values.Sum());
        Assert.All(report.Api.ReferentielFetchesByName, p => Assert.True(p.Value <= report.Options.Replicas, report.ToText()));
    }

    /// <summary>With shared state: each referentiel came from the API once for all replicas.</summary>
    public static void EachReferentielFetchedOnce(LoadReport report)
    {
        Assert.True(report.Api.ReferentielFetches > 0, report.ToText());
        Assert.Equal(report.Api.ReferentielFetches, report.Api.ReferentielFetchesByName.Values.Sum());
        Assert.All(report.Api.ReferentielFetchesByName, p => Assert.True(p.Value == 1, report.ToText()));
    }
}
