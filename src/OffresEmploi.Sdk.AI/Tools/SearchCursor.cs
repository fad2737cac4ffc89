using System.Buffers.Text;
using System.Text.Json;
using OffresEmploi.Sdk.AI.Arguments;

namespace OffresEmploi.Sdk.AI.Tools;

/// <summary>
/// The opaque <c>cursor</c> of <c>search_offers</c>: the resolved criteria and the next offset, as base64url JSON,
/// so the next page needs no other argument and cannot drift from the first.
/// </summary>
internal sealed record SearchCursor(SearchFilters Filters, string Sort, int Offset, int PageSize)
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
