using System.Buffers.Text;
using System.Text.Json;
using OffresEmploi.Sdk.AI.Arguments;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk.AI.Tools;

/// <summary>
/// The opaque <c>cursor</c> of <c>search_offers</c>: the criteria as read and the next offset, as base64url JSON,
/// so the next page needs no other argument and cannot drift from the first. Each page resolves the criteria again
/// through the SDK's one mapping (offline, deterministic), so the cursor never holds a request of its own making.
/// </summary>
internal sealed record SearchCursor(OffresSearchCriteria Filters, string Sort, int Offset, int PageSize)
{
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this, ToolsJson.Context.SearchCursor));

    public static SearchCursor Decode(string text)
    {
        try
        {
            // A cursor is opaque but not trusted: '{}' deserializes to a record without filters.
            return JsonSerializer.Deserialize(Base64Url.DecodeFromChars(text), ToolsJson.Context.SearchCursor) is { Filters: not null, Sort: not null } cursor
                ? cursor
                : throw new FormatException("incomplete cursor");
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw new ToolArgumentException("Invalid argument 'cursor': pass the nextCursor of a previous search_offers result unchanged, or omit it to start a new search.", e);
        }
    }
}
