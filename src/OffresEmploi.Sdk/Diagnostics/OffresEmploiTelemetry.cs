namespace OffresEmploi.Sdk;

/// <summary>The names under which the SDK publishes traces and metrics, for OpenTelemetry registration.</summary>
/// <example>
/// <code>
/// builder.Services.AddOpenTelemetry()
///     .WithTracing(t => t.AddSource(OffresEmploiTelemetry.ActivitySourceName))
///     .WithMetrics(m => m.AddMeter(OffresEmploiTelemetry.MeterName));
/// </code>
/// </example>
public static class OffresEmploiTelemetry
{
    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> name: one activity per client operation (search, offer, referentiel).</summary>
    public const string ActivitySourceName = "OffresEmploi.Sdk";

    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name.</summary>
    public const string MeterName = "OffresEmploi.Sdk";

    /// <summary>Counter of HTTP attempts sent to the API or the token endpoint, tagged with method and status code (0 = no response).</summary>
    public const string RequestsInstrument = "offresemploi.client.requests";

    /// <summary>Counter of retries, tagged with the reason (a status code or an exception type).</summary>
    public const string RetriesInstrument = "offresemploi.client.retries";

    /// <summary>Counter of seconds spent waiting because of rate limits, tagged <c>source=client</c> (local pacing) or <c>source=server</c> (<c>Retry-After</c>).</summary>
    public const string ThrottledTimeInstrument = "offresemploi.client.throttled_time";

    /// <summary>Counter of offers handed to the caller by searches and pageables.</summary>
    public const string OffersYieldedInstrument = "offresemploi.client.offers_yielded";
}
