using System.Globalization;
using System.Net.Http.Headers;

namespace OffresEmploi.Sdk.Resilience;

/// <summary>Reads the <c>Retry-After</c> header in both of its forms (seconds, or an HTTP date) against an injected clock.</summary>
/// <remarks>
/// Microsoft.Extensions.Http.Resilience resolves the date form with the system clock; this reader takes
/// "now" from the caller's <see cref="TimeProvider"/> so tests can use a fake clock.
/// </remarks>
internal static class RetryAfterHeader
{
    /// <summary>Returns the delay the server asked for, never negative, or null when the header is absent or unreadable.</summary>
    public static TimeSpan? Read(HttpResponseHeaders headers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (headers.RetryAfter is { } value)
        {
            if (value.Delta is { } delta)
            {
                return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
            }

            if (value.Date is { } date)
            {
                var wait = date - now;
                return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
            }
        }

        // A fractional value ("1.5") is not valid HTTP, so the typed header drops it; gateways send it anyway.
        if (headers.NonValidated.TryGetValues("Retry-After", out var raw))
        {
            foreach (var text in raw)
            {
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < TimeSpan.MaxValue.TotalSeconds)
                {
                    return TimeSpan.FromSeconds(seconds);
                }
            }
        }

        return null;
    }
}
