using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OffresEmploi.Sandbox.Faults;

/// <summary>The text form of a fault profile, used by the command line.</summary>
public sealed partial record FaultProfile
{
    /// <summary>
    /// Parses a profile: items separated by commas or semicolons, each a preset name
    /// (<c>none</c>, <c>flaky</c>, <c>unstable</c>, <c>slow</c>, <c>chaos</c>) or a <c>key=value</c>
    /// setting applied on top of what came before.
    /// </summary>
    /// <remarks>
    /// Keys: <c>500</c>, <c>502</c>, <c>503</c>, <c>5xx</c>, <c>429</c>, <c>truncate</c>, <c>malformed</c>,
    /// <c>revoke</c>, <c>spike</c> take a trigger (<c>0.1</c> or <c>every:10</c>); <c>429-length</c> a count;
    /// <c>retry-after</c>, <c>spike-latency</c>, <c>outage</c> and <c>latency</c> a duration (<c>250ms</c>, <c>2s</c>,
    /// <c>3min</c>, a bare number is milliseconds; <c>latency</c> also takes a range <c>50ms-2s</c>); <c>outage-at</c>
    /// a request number (an outage starts at request 1 unless it is given); <c>seed</c> an integer.
    /// Example: <c>flaky,500=every:7,latency=0-100ms,seed=3</c>.
    /// </remarks>
    /// <param name="text">The text.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="FormatException">The text is not a valid profile; the message names the bad item.</exception>
    public static FaultProfile Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var profile, out var error) ? profile : throw new FormatException(error);
    }

    /// <summary>Parses a profile without throwing (see <see cref="Parse"/> for the syntax).</summary>
    /// <param name="text">The text.</param>
    /// <param name="profile">The parsed profile.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out FaultProfile? profile) =>
        TryParse(text, out profile, out _);

    private static bool TryParse(string? text, [NotNullWhen(true)] out FaultProfile? profile, out string error)
    {
        profile = null;
        error = "The fault profile is empty.";
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var current = None;
        foreach (var raw in text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = raw.IndexOf('=', StringComparison.Ordinal);
            var next = equals < 0 ? FromPresetName(raw) : Apply(current, raw[..equals].Trim(), raw[(equals + 1)..].Trim());
            if (next is null)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"Invalid fault profile item '{raw}'. Expected a preset ({string.Join(", ", PresetNames)}) or key=value (see docs/sandbox.md).");
                return false;
            }

            current = next;
        }

        profile = current;
        return true;
    }

    private static FaultProfile? FromPresetName(string name) => name.ToUpperInvariant() switch
    {
        "NONE" => None,
        "FLAKY" => Flaky,
        "UNSTABLE" => Unstable,
        "SLOW" => Slow,
        "CHAOS" => Chaos,
        _ => null,
    };

    private static FaultProfile? Apply(FaultProfile profile, string key, string value)
    {
        switch (key.ToUpperInvariant())
        {
            case "SEED":
                return int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed) ? profile with { Seed = seed } : null;
            case "429-LENGTH":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var length) && length >= 1 ? profile with { TooManyRequestsLength = length } : null;
            case "RETRY-AFTER":
                return TryParseDuration(value, out var retryAfter) ? profile with { RetryAfter = retryAfter } : null;
            case "LATENCY":
                return TryParseLatency(value, out var min, out var max) ? profile with { LatencyMin = min, LatencyMax = max } : null;
            case "SPIKE-LATENCY":
                return TryParseDuration(value, out var spike) ? profile with { LatencySpikeDuration = spike } : null;
            case "OUTAGE":
                return TryParseDuration(value, out var outage) ? profile with { OutageDuration = outage, OutageAt = Math.Max(1, profile.OutageAt) } : null;
            case "OUTAGE-AT":
                return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var at) && at >= 1 ? profile with { OutageAt = at } : null;
        }

        if (!FaultTrigger.TryParse(value, out var trigger))
        {
            return null;
        }

        return key.ToUpperInvariant() switch
        {
            "500" => profile with { InternalServerError = trigger },
            "502" => profile with { BadGateway = trigger },
            "503" => profile with { ServiceUnavailable = trigger },
            "5XX" => profile with { AnyServerError = trigger },
            "429" => profile with { TooManyRequests = trigger },
            "TRUNCATE" => profile with { TruncatedBody = trigger },
            "MALFORMED" => profile with { MalformedBody = trigger },
            "REVOKE" => profile with { TokenRevocation = trigger },
            "SPIKE" => profile with { LatencySpike = trigger },
            _ => null,
        };
    }

    private static bool TryParseLatency(string value, out TimeSpan min, out TimeSpan max)
    {
        min = max = TimeSpan.Zero;
        var dash = value.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            return TryParseDuration(value, out min) && TryParseDuration(value, out max);
        }

        return TryParseDuration(value[..dash], out min) && TryParseDuration(value[(dash + 1)..], out max) && min <= max;
    }

    private static bool TryParseDuration(string value, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var text = value.Trim();
        var scale = 1.0;
        if (text.EndsWith("ms", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^2];
        }
        else if (text.EndsWith("min", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^3];
            scale = 60_000;
        }
        else if (text.EndsWith('s') || text.EndsWith('S'))
        {
            text = text[..^1];
            scale = 1000;
        }

        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) || number * scale > int.MaxValue)
        {
            return false;
        }

        duration = TimeSpan.FromMilliseconds(number * scale);
        return true;
    }

    /// <summary>Returns the canonical text form, which <see cref="Parse"/> reads back into an equal profile.</summary>
    /// <returns>The settings that differ from <see cref="None"/>, or <c>none</c>.</returns>
    public override string ToString()
    {
        var items = new List<string>();
        AddTrigger(items, "500", InternalServerError);
        AddTrigger(items, "502", BadGateway);
        AddTrigger(items, "503", ServiceUnavailable);
        AddTrigger(items, "5xx", AnyServerError);
        AddTrigger(items, "429", TooManyRequests);
        if (TooManyRequestsLength != 1)
        {
            items.Add(string.Create(CultureInfo.InvariantCulture, $"429-length={TooManyRequestsLength}"));
        }

        if (RetryAfter != TimeSpan.FromSeconds(1))
        {
            items.Add("retry-after=" + FormatDuration(RetryAfter));
        }

        if (LatencyMax > TimeSpan.Zero)
        {
            items.Add("latency=" + FormatDuration(LatencyMin) + "-" + FormatDuration(LatencyMax));
        }

        AddTrigger(items, "spike", LatencySpike);
        if (LatencySpikeDuration != TimeSpan.FromSeconds(5))
        {
            items.Add("spike-latency=" + FormatDuration(LatencySpikeDuration));
        }

        AddTrigger(items, "truncate", TruncatedBody);
        AddTrigger(items, "malformed", MalformedBody);
        AddTrigger(items, "revoke", TokenRevocation);
        if (OutageDuration > TimeSpan.Zero && OutageAt > 0)
        {
            items.Add(string.Create(CultureInfo.InvariantCulture, $"outage-at={OutageAt}"));
            items.Add("outage=" + FormatDuration(OutageDuration));
        }

        if (Seed is { } seed)
        {
            items.Add(string.Create(CultureInfo.InvariantCulture, $"seed={seed}"));
        }

        return items.Count == 0 ? "none" : string.Join(',', items);
    }

    private static void AddTrigger(List<string> items, string key, FaultTrigger trigger)
    {
        if (trigger.IsActive)
        {
            items.Add(key + "=" + trigger.ToString());
        }
    }

    private static string FormatDuration(TimeSpan duration) =>
        duration.TotalMilliseconds.ToString("R", CultureInfo.InvariantCulture) + "ms";
}
