using OffresEmploi.CodeGen.Cli;
using OffresEmploi.Testing;

namespace OffresEmploi.Tools.Tests.CodeGen;

public class GeneratorFailureTests
{
    public static TheoryData<string, string, string> BrokenSpecs => new()
    {
        { "inline-enum.yaml", "#/components/schemas/Thing/properties/kind", "inline code lists are not supported" },
        { "missing-referentiel.yaml", "#/components/schemas/Code/x-referentiel", "referentiels/nowhere.json does not exist" },
        { "code-not-identifier.yaml", "#/components/schemas/Code/enum/1", "the code '01' is not a C# identifier" },
        { "parameter-name-space.yaml", "#/paths/~1v1~1things/get/parameters/0/name", "leading/trailing whitespace" },
        { "property-named-like-type.yaml", "#/components/schemas/Salaire/properties/salaire", "equals its type name" },
        { "varnames-length.yaml", "#/components/schemas/Code/x-enum-varnames", "has 1 names for 2 enum values" },
        { "inline-object.yaml", "#/paths/~1v1~1things/get/responses/200/content/application~1json/schema", "inline object schemas are not supported" },
        { "unresolved-reference.yaml", "#/paths/~1v1~1things/get/responses/200/content/application~1json/schema/$ref", "does not point to an existing schema" },
        { "not-openapi.yaml", "#", "Unable to parse the YAML document" },
    };

    [Theory]
    [MemberData(nameof(BrokenSpecs))]
    public void Run_BrokenSpec_FailsWithPointerAndReasonAndWritesNothing(string specFile, string jsonPointer, string reason)
    {
        using var output = new TemporaryDirectory();
        output.Write("Models/Existing.cs", "// left alone\n");
        var before = output.Snapshot();
        var specPath = Path.Combine(RepositoryFiles.TestSpecs, "Broken", specFile);
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exitCode = CodeGenCommand.Run(["--spec", specPath, "--out", output.Path], stdout, stderr);

        Assert.Equal(CodeGenCommand.Error, exitCode);
        var message = stderr.ToString();
        Assert.Contains($"tests/OffresEmploi.Tools.Tests/CodeGen/TestSpecs/Broken/{specFile}: {jsonPointer}: ", message, StringComparison.Ordinal);
        Assert.Contains(reason, message, StringComparison.Ordinal);
        Assert.Equal(before, output.Snapshot());
    }

    [Fact]
    public void Run_BrokenSpecInCheckMode_FailsWithoutComparing()
    {
        using var output = new TemporaryDirectory();
        var stderr = new StringWriter();

        var exitCode = CodeGenCommand.Run(
            ["--check", "--spec", Path.Combine(RepositoryFiles.TestSpecs, "Broken", "inline-enum.yaml"), "--out", output.Path],
            new StringWriter(),
            stderr);

        Assert.Equal(CodeGenCommand.Error, exitCode);
        Assert.Contains("#/components/schemas/Thing/properties/kind", stderr.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.Snapshot());
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--spec")]
    public void Run_BadArguments_PrintsUsageAndFails(string argument)
    {
        var stderr = new StringWriter();

        var exitCode = CodeGenCommand.Run([argument], new StringWriter(), stderr);

        Assert.Equal(CodeGenCommand.Error, exitCode);
        Assert.Contains("Usage:", stderr.ToString(), StringComparison.Ordinal);
    }
}
