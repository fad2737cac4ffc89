using System.Text;

namespace OffresEmploi.Sdk.Diagnostics;

/// <summary>Formats a request URI for logs and traces: path and query, with any credential-like query value masked.</summary>
/// <remarks>
/// The API's own queries carry no secret, but a caller may point the SDK at a proxy or pass unexpected
/// parameters; masking by name keeps a leaked <c>client_secret=...</c> out of the logs regardless.
/// </remarks>
internal static class SafeUri
{
    private static readonly string[] SensitiveKeys = ["client_secret", "access_token", "refresh_token", "id_token", "token", "secret", "password", "apikey", "api_key", "code"];

    /// <summary>Returns <c>scheme://host/path?query</c> with sensitive query values replaced by <c>***</c>; never the user-info part.</summary>
    public static string Format(Uri? uri)
    {
        if (uri is null)
        {
            return "(none)";
        }

        if (!uri.IsAbsoluteUri)
        {
            return MaskQuery(uri.OriginalString);
        }

        var builder = new StringBuilder();
        _ = builder.Append(uri.Scheme).Append("://").Append(uri.Authority).Append(uri.AbsolutePath);
        if (uri.Query.Length > 1)
        {
            _ = builder.Append(MaskQuery(uri.Query));
        }

        return builder.ToString();
    }

    private static string MaskQuery(string text)
    {
        var start = text.IndexOf('?', StringComparison.Ordinal);
        if (start < 0)
        {
            return text;
        }

        var parts = text[(start + 1)..].Split('&');
        for (var i = 0; i < parts.Length; i++)
        {
            var equals = parts[i].IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? parts[i] : parts[i][..equals];
            if (equals >= 0 && Array.Exists(SensitiveKeys, k => string.Equals(k, Uri.UnescapeDataString(key), StringComparison.OrdinalIgnoreCase)))
            {
                parts[i] = key + "=***";
            }
        }

        return text[..(start + 1)] + string.Join('&', parts);
    }
}
