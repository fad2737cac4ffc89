using System.Text;
using OffresEmploi.Sandbox.Faults;

namespace OffresEmploi.Sandbox.Http;

/// <summary>Damages a successful body the way broken proxies and dropped connections do.</summary>
internal static class BodyDamage
{
    /// <summary>What a misconfigured proxy sends: an HTML page, while the status and the JSON
    /// <c>Content-Type</c> still claim success.</summary>
    private static readonly byte[] s_htmlPage = Encoding.UTF8.GetBytes(
        "<!DOCTYPE html><html><head><title>Maintenance</title></head><body><h1>Service momentanément indisponible</h1></body></html>");

    public static ReadOnlyMemory<byte> Apply(ReadOnlyMemory<byte> body, BodyFault fault) => fault switch
    {
        BodyFault.Truncated => body[..(body.Length / 2)],
        BodyFault.Malformed => s_htmlPage,
        _ => body,
    };
}
