using System.Text.RegularExpressions;

namespace OffresEmploi.Sdk;

/// <summary>
/// Removes credentials from text before it reaches an exception, a log line or a trace: the known secret
/// values of the client (its secret and the tokens it received) and anything shaped like an OAuth credential.
/// </summary>
/// <remarks>
/// Two layers on purpose: the known values catch a secret wherever it is echoed, the patterns catch tokens
/// this process never saw (for example a body echoing another credential).
/// </remarks>
internal static partial class SensitiveDataRedactor
{
    /// <summary>The text that replaces a secret.</summary>
    public const string Mask = "***";

    /// <summary>Returns <paramref name="text"/> with every known secret and credential-shaped value masked.</summary>
    public static string Redact(string text, KnownSecrets? secrets = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = text;
        if (secrets is not null)
        {
            foreach (var secret in secrets.Snapshot())
            {
                result = result.Replace(secret, Mask, StringComparison.Ordinal);
            }
        }

        result = JsonCredentialPattern().Replace(result, m => $"{m.Groups["key"].Value}{Mask}\"");
        result = FormCredentialPattern().Replace(result, m => $"{m.Groups["key"].Value}={Mask}");
        result = BearerPattern().Replace(result, $"Bearer {Mask}");
        return result;
    }

    [GeneratedRegex("""(?<key>"(?:access_token|refresh_token|id_token|client_secret)"\s*:\s*")[^"]*"?""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JsonCredentialPattern();

    [GeneratedRegex("""(?<key>\b(?:access_token|refresh_token|id_token|client_secret))=[^&\s"]*""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FormCredentialPattern();

    [GeneratedRegex("""\bBearer\s+[A-Za-z0-9\-._~+/]+=*""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BearerPattern();
}
