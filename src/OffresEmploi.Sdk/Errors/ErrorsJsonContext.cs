using System.Text.Json.Serialization;

namespace OffresEmploi.Sdk;

/// <summary>Source-generated (AOT-safe) serializer for the error body; independent of the generated models on purpose.</summary>
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(ApiErrorBody))]
internal sealed partial class ErrorsJsonContext : JsonSerializerContext;
