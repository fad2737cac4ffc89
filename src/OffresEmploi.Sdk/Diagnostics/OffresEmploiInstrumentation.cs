using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace OffresEmploi.Sdk.Diagnostics;

/// <summary>The process-wide activity source, meter and instruments of the SDK.</summary>
/// <remarks>
/// Static, like <c>HttpClient</c>'s own instrumentation: listeners subscribe by name, so there is nothing to
/// inject, and a meter created per client would publish duplicate series.
/// </remarks>
internal static class OffresEmploiInstrumentation
{
    private static readonly string Version =
        typeof(OffresEmploiInstrumentation).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>Gets the activity source.</summary>
    public static ActivitySource ActivitySource { get; } = new(OffresEmploiTelemetry.ActivitySourceName, Version);

    /// <summary>Gets the meter.</summary>
    public static Meter Meter { get; } = new(OffresEmploiTelemetry.MeterName, Version);

    /// <summary>Gets the counter of HTTP attempts.</summary>
    public static Counter<long> Requests { get; } =
        Meter.CreateCounter<long>(OffresEmploiTelemetry.RequestsInstrument, "{request}", "HTTP attempts sent by the SDK.");

    /// <summary>Gets the counter of retries.</summary>
    public static Counter<long> Retries { get; } =
        Meter.CreateCounter<long>(OffresEmploiTelemetry.RetriesInstrument, "{retry}", "Retries scheduled by the SDK.");

    /// <summary>Gets the counter of seconds spent waiting for rate limits.</summary>
    public static Counter<double> ThrottledTime { get; } =
        Meter.CreateCounter<double>(OffresEmploiTelemetry.ThrottledTimeInstrument, "s", "Time spent waiting for client-side pacing or a server Retry-After.");

    /// <summary>Gets the counter of offers yielded to callers.</summary>
    public static Counter<long> OffersYielded { get; } =
        Meter.CreateCounter<long>(OffresEmploiTelemetry.OffersYieldedInstrument, "{offer}", "Offers returned to callers.");

    /// <summary>Records a wait caused by a rate limit.</summary>
    public static void RecordThrottledTime(TimeSpan wait, string source)
    {
        if (wait > TimeSpan.Zero)
        {
            ThrottledTime.Add(wait.TotalSeconds, new KeyValuePair<string, object?>("source", source));
        }
    }
}
