using System.Text;

namespace OffresEmploi.Sdk.Redis;

/// <summary>
/// Reads a StackExchange.Redis configuration string as text, without the Redis library (which is loaded only when the
/// store is used): its secrets, and a form of it safe to print.
/// </summary>
/// <remarks>
/// The string is comma-separated: endpoints (<c>host:port</c>) and <c>key=value</c> options with case-insensitive
/// keys. Secrets are the <c>password</c> option and user info in an endpoint written as a URL
/// (<c>redis://user:password@host:port</c>).
/// </remarks>
internal static class RedisConfigurationText
{
    /// <summary>Returns the configuration with every password (and URL user info) replaced by <see cref="SensitiveDataRedactor.Mask"/>.</summary>
    public static string Redact(string configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = new StringBuilder(configuration.Length);
        foreach (var element in configuration.Split(','))
        {
            if (builder.Length > 0)
            {
                _ = builder.Append(',');
            }

            if (SplitOption(element) is { } option && IsSecretKey(option.Key))
            {
                _ = builder.Append(option.Key).Append('=').Append(SensitiveDataRedactor.Mask);
            }
            else if (UserInfoRange(element) is { } userInfo)
            {
                _ = builder.Append(element.AsSpan(0, userInfo.Start)).Append(SensitiveDataRedactor.Mask).Append(element.AsSpan(userInfo.End));
            }
            else
            {
                _ = builder.Append(element);
            }
        }

        return builder.ToString();
    }

    /// <summary>The secret values the configuration carries (passwords, URL user info), to mask wherever they are echoed.</summary>
    public static IReadOnlyList<string> Secrets(string? configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration))
        {
            return [];
        }

        var secrets = new List<string>();
        foreach (var element in configuration.Split(','))
        {
            if (SplitOption(element) is { } option && IsSecretKey(option.Key) && option.Value.Trim().Length > 0)
            {
                secrets.Add(option.Value.Trim());
            }
            else if (UserInfoRange(element) is { } userInfo)
            {
                // user:password, or a lone password; the password alone is what a server or a library would echo.
                var text = element[userInfo.Start..userInfo.End];
                secrets.Add(text);
                if (text.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 && colon + 1 < text.Length)
                {
                    secrets.Add(text[(colon + 1)..]);
                }
            }
        }

        return secrets;
    }

    private static (string Key, string Value)? SplitOption(string element)
    {
        var equals = element.IndexOf('=', StringComparison.Ordinal);
        return equals <= 0 ? null : (element[..equals], element[(equals + 1)..]);
    }

    private static bool IsSecretKey(string key) => key.Trim().Equals("password", StringComparison.OrdinalIgnoreCase);

    /// <summary>Where the user info of a URL-shaped endpoint (<c>scheme://user:password@host</c>) lies, if there is one.</summary>
    private static (int Start, int End)? UserInfoRange(string element)
    {
        var scheme = element.IndexOf("://", StringComparison.Ordinal);
        var start = scheme < 0 ? 0 : scheme + 3;
        var at = element.LastIndexOf('@');
        return at > start ? (start, at) : null;
    }
}
