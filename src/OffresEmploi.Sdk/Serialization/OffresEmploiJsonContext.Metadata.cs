using System.Text.Json;
using System.Text.Json.Serialization;

namespace OffresEmploi.Sdk.Serialization;

public partial class OffresEmploiJsonContext
{
    /// <summary>
    /// Gets a context with the same rules as <see cref="JsonSerializerContext"/> <c>Default</c> but without the models'
    /// generated converters: every model is described member by member (<see cref="System.Text.Json.Serialization.Metadata.JsonTypeInfo.Properties"/>).
    /// </summary>
    /// <remarks>
    /// For tools that walk the models' metadata, such as a check that a response has no member the models lack.
    /// Reading through it is slower than through <c>Default</c> and turns every string into a .NET string at once.
    /// </remarks>
    public static OffresEmploiJsonContext Metadata { get; } = new(new JsonSerializerOptions
    {
        PropertyNameCaseInsensitive = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    });
}
