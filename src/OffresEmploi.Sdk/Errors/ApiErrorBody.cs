using System.Text.Json.Serialization;

namespace OffresEmploi.Sdk;

/// <summary>The API's error body, <c>{"message": ..., "codeHttp": 400, "codeErreur": ...}</c> (400 and 500 answers).</summary>
internal sealed class ApiErrorBody
{
    /// <summary>Gets or sets the human-readable message, in French.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>Gets or sets the HTTP status the API repeats in its body.</summary>
    [JsonPropertyName("codeHttp")]
    public int? CodeHttp { get; set; }

    /// <summary>Gets or sets the API's error code (digits or a gateway code such as <c>JCS0011G</c>).</summary>
    [JsonPropertyName("codeErreur")]
    public string? CodeErreur { get; set; }
}
