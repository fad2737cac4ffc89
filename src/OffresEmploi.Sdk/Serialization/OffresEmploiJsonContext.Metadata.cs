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
    public static OffresEmploiJsonContext Metadata => LazyMetadata.Value;

    // Lazy: it copies Default's options, and static initializers of the two halves of this partial class run in no
    // order one can rely on.
    private static readonly Lazy<OffresEmploiJsonContext> LazyMetadata = new(CreateMetadata);

    private static OffresEmploiJsonContext CreateMetadata()
    {
        // A copy of the generated options (so the rules cannot drift apart), less the converters they register: the
        // models' converters are the only ones; code types carry theirs in attributes.
        var options = new JsonSerializerOptions(Default.Options) { TypeInfoResolver = null };
        options.Converters.Clear();
        return new OffresEmploiJsonContext(options);
    }
}
