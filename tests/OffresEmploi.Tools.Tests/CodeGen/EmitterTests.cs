using OffresEmploi.CodeGen;
using Snapshooter;
using Snapshooter.Xunit3;

using OffresEmploi.Testing;

namespace OffresEmploi.Tools.Tests.CodeGen;

public class EmitterTests
{
    private static readonly string MinimalSpec = Path.Combine(RepositoryFiles.TestSpecs, "minimal.yaml");

    public static TheoryData<string> MinimalSpecFiles => new(CodeGenerator.Generate(MinimalSpec, "minimal.yaml").Keys);

    [Theory]
    [MemberData(nameof(MinimalSpecFiles))]
    public void Emit_MinimalSpec_MatchesSnapshot(string relativePath)
    {
        var files = CodeGenerator.Generate(MinimalSpec, "minimal.yaml");

        Snapshot.Match(files[relativePath], SnapshotNameExtension.Create(relativePath.Replace('/', '_')));
    }

    [Fact]
    public void Emit_SameSpecTwice_IsByteForByteIdentical()
    {
        var first = CodeGenerator.Generate(MinimalSpec, "minimal.yaml");
        var second = CodeGenerator.Generate(MinimalSpec, "minimal.yaml");

        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, file => Assert.Equal(file.Value, second[file.Key]));
    }

    [Fact]
    public void Emit_MinimalSpec_WritesOneFilePerTypePlusInterfaceAndContext()
    {
        var files = CodeGenerator.Generate(MinimalSpec, "minimal.yaml");

        Assert.Equal(
            [
                "Api/IOffresEmploiApi.cs",
                "Models/Couleur.cs",
                "Models/Item.Converter.cs",
                "Models/Item.cs",
                "Models/ItemsSearchRequest.cs",
                "Models/Page.Converter.cs",
                "Models/Page.cs",
                "Models/Taille.cs",
                "Serialization/OffresEmploiJsonContext.cs",
            ],
            files.Keys);
    }

    [Fact]
    public void Emit_Interface_MapsEachOperationToARefitMethod()
    {
        var api = CodeGenerator.Generate(MinimalSpec, "minimal.yaml")["Api/IOffresEmploiApi.cs"];

        Assert.Contains("Task<IApiResponse<Page>> SearchAsync([Query] ItemsSearchRequest request, CancellationToken cancellationToken = default);", api, StringComparison.Ordinal);
        Assert.Contains("Task<IApiResponse<Item>> LireItemAsync(string id, [Header(\"X-Trace\")] string? xTrace = null, [AliasAs(\"details\")] bool? details = null, CancellationToken cancellationToken = default);", api, StringComparison.Ordinal);
        Assert.Contains("Task<IApiResponse<IReadOnlyList<Taille>>> GetTaillesAsync(CancellationToken cancellationToken = default);", api, StringComparison.Ordinal);
        Assert.Contains("Task<IApiResponse> PingAsync(CancellationToken cancellationToken = default);", api, StringComparison.Ordinal);
        Assert.DoesNotContain("Authorization", api, StringComparison.Ordinal);
        Assert.Contains("/// <remarks>Returns items &amp; their &lt;tags&gt;.</remarks>", api, StringComparison.Ordinal);
        Assert.Contains("<item><description>Lists are comma-joined (<c>a,b</c>).</description></item>", api, StringComparison.Ordinal);
    }

    [Fact]
    public void Emit_QueryType_CarriesRefitAttributesAndCollectionFormats()
    {
        var query = CodeGenerator.Generate(MinimalSpec, "minimal.yaml")["Models/ItemsSearchRequest.cs"];

        Assert.Contains("public sealed partial record ItemsSearchRequest", query, StringComparison.Ordinal);
        Assert.Contains("[AliasAs(\"codeROME\")]\n    [Query(CollectionFormat.Csv)]\n    public IReadOnlyList<string>? CodeRome { get; init; }", query, StringComparison.Ordinal);

        // No style/explode: OpenAPI's default for query arrays (form, exploded) repeats the key.
        Assert.Contains("[AliasAs(\"couleur\")]\n    [Query(CollectionFormat.Multi)]\n    public IReadOnlyList<Couleur>? Couleur { get; init; }", query, StringComparison.Ordinal);
        Assert.Contains("public bool? Actif { get; init; }", query, StringComparison.Ordinal);
        Assert.Contains("public DateTimeOffset? Depuis { get; init; }", query, StringComparison.Ordinal);
        Assert.Contains("public Taille? Taille { get; init; }", query, StringComparison.Ordinal);
        Assert.Contains("public long? Limite { get; init; }", query, StringComparison.Ordinal);
    }

    [Fact]
    public void Emit_Models_AreNullableRecordsPinnedToTheApiSpelling()
    {
        var files = CodeGenerator.Generate(MinimalSpec, "minimal.yaml");
        var item = files["Models/Item.cs"];

        Assert.Contains("public sealed partial record Item", item, StringComparison.Ordinal);
        Assert.Contains("[JsonPropertyName(\"libelleCOMPLET\")]\n    public string? LibelleComplet { get => _libelleComplet.Value; init => _libelleComplet = new(value); }", item, StringComparison.Ordinal);
        Assert.Contains("[JsonPropertyName(\"appellationlibelle\")]\n    public string? AppellationLibelle { get => _appellationLibelle.Value; init => _appellationLibelle = new(value); }", item, StringComparison.Ordinal);
        Assert.Contains("public DateTimeOffset? CreeLe { get; init; }", item, StringComparison.Ordinal);
        Assert.Contains("public Couleur? Couleur { get; init; }", item, StringComparison.Ordinal);
        Assert.Contains("public IReadOnlyDictionary<string, string>? Attributs { get; init; }", item, StringComparison.Ordinal);

        // x-csharp-name beside a $ref renames the property; the target's own x-csharp-name only names the type.
        Assert.Contains("/// <summary>A second size, renamed beside its $ref.</summary>\n    [JsonPropertyName(\"autreTaille\")]\n    public Taille? TailleSecondaire { get; init; }", item, StringComparison.Ordinal);
        Assert.Contains("/// <summary>A size.</summary>\n    [JsonPropertyName(\"taille\")]\n    public Taille? Taille { get; init; }", item, StringComparison.Ordinal);
        Assert.Contains("public JsonElement? Brut { get; init; }", item, StringComparison.Ordinal);

        // A named primitive schema (Total) is inlined where it is used.
        Assert.Contains("public int? Total { get; init; }", files["Models/Page.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Emit_CodeLists_UseVarNamesAndLabels()
    {
        var files = CodeGenerator.Generate(MinimalSpec, "minimal.yaml");
        var couleur = files["Models/Couleur.cs"];
        var taille = files["Models/Taille.cs"];

        Assert.Contains("public readonly partial struct Couleur : IEquatable<Couleur>, IFormattable", couleur, StringComparison.Ordinal);
        Assert.Contains("[JsonConverter(typeof(Couleur.Converter))]", couleur, StringComparison.Ordinal);
        Assert.Contains("public static Couleur VertBleu { get; } = new(\"VB\");", couleur, StringComparison.Ordinal);
        Assert.Contains("\"VB\" => \"Vert \\\"bleu\\\"\",", couleur, StringComparison.Ordinal);
        Assert.Contains("/// <summary><c>NOIR</c>: Noir &amp; blanc.</summary>", couleur, StringComparison.Ordinal);
        Assert.Contains("public static Taille Petite { get; } = new(\"01\");", taille, StringComparison.Ordinal);
        Assert.Contains("public static Taille XL { get; } = new(\"XL\");", taille, StringComparison.Ordinal);
        Assert.Contains("\"Très grande\" => XL,", taille, StringComparison.Ordinal);
        Assert.Contains("public static IReadOnlyList<Taille> KnownValues { get; } = [Petite, XL, M];", taille, StringComparison.Ordinal);
    }

    [Fact]
    public void Emit_JsonContext_CoversModelsCodeTypesAndListTypes()
    {
        var context = CodeGenerator.Generate(MinimalSpec, "minimal.yaml")["Serialization/OffresEmploiJsonContext.cs"];

        foreach (var type in new[] { "Page", "Item", "Couleur", "Taille", "IReadOnlyList<Taille>", "IReadOnlyList<Item>", "IReadOnlyDictionary<string, string>" })
        {
            Assert.Contains($"[JsonSerializable(typeof({type}))]", context, StringComparison.Ordinal);
        }

        Assert.Contains("UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip", context, StringComparison.Ordinal);
        Assert.Contains("public partial class OffresEmploiJsonContext : JsonSerializerContext;", context, StringComparison.Ordinal);
    }
}
