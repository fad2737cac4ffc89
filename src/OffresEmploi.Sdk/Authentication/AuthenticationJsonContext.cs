using System.Text.Json.Serialization;

namespace OffresEmploi.Sdk.Authentication;

/// <summary>Source-generated (AOT-safe) serializer for the token endpoint's bodies.</summary>
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(OAuthErrorResponse))]
[JsonSerializable(typeof(SharedTokenCodec.StoredToken))]
internal sealed partial class AuthenticationJsonContext : JsonSerializerContext;
