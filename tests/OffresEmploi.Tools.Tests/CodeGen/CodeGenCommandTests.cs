using OffresEmploi.CodeGen.Cli;
using OffresEmploi.Testing;

namespace OffresEmploi.Tools.Tests.CodeGen;

public class CodeGenCommandTests
{
    private static readonly string MinimalSpec = Path.Combine(RepositoryFiles.TestSpecs, "minimal.yaml");

    [Fact]
    public void Run_WriteThenCheck_CheckPasses()
    {
        using var output = new TemporaryDirectory();

        var writeExit = CodeGenCommand.Run(["--spec", MinimalSpec, "--out", output.Path], new StringWriter(), new StringWriter());
        var checkOut = new StringWriter();
        var checkExit = CodeGenCommand.Run(["--check", "--spec", MinimalSpec, "--out", output.Path], checkOut, new StringWriter());

        Assert.Equal(CodeGenCommand.Success, writeExit);
        Assert.Equal(CodeGenCommand.Success, checkExit);
        Assert.Contains("is up to date", checkOut.ToString(), StringComparison.Ordinal);
        Assert.Contains("Api/IOffresEmploiApi.cs", output.Snapshot().Keys);
    }

    [Fact]
    public void Run_CheckAfterEditsAndStaleFiles_ExitsOneAndNamesEachFile()
    {
        using var output = new TemporaryDirectory();
        CodeGenCommand.Run(["--spec", MinimalSpec, "--out", output.Path], new StringWriter(), new StringWriter());
        File.AppendAllText(Path.Combine(output.Path, "Models", "Item.cs"), "// hand edit\n");
        File.Delete(Path.Combine(output.Path, "Models", "Page.cs"));
        output.Write("Models/Obsolete.cs", "// no longer generated\n");
        var stderr = new StringWriter();

        var exitCode = CodeGenCommand.Run(["--check", "--spec", MinimalSpec, "--out", output.Path], new StringWriter(), stderr);

        Assert.Equal(CodeGenCommand.Differences, exitCode);
        var message = stderr.ToString();
        Assert.Contains("changed: Models/Item.cs", message, StringComparison.Ordinal);
        Assert.Contains("missing: Models/Page.cs", message, StringComparison.Ordinal);
        Assert.Contains("stale: Models/Obsolete.cs", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Models/Couleur.cs", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Write_RestoresEditedFilesAndDeletesStaleOnes()
    {
        using var output = new TemporaryDirectory();
        CodeGenCommand.Run(["--spec", MinimalSpec, "--out", output.Path], new StringWriter(), new StringWriter());
        var expected = output.Snapshot();
        File.WriteAllText(Path.Combine(output.Path, "Models", "Item.cs"), "// broken\n");
        output.Write("Old/Obsolete.cs", "// no longer generated\n");

        var exitCode = CodeGenCommand.Run(["--spec", MinimalSpec, "--out", output.Path], new StringWriter(), new StringWriter());

        Assert.Equal(CodeGenCommand.Success, exitCode);
        Assert.Equal(expected, output.Snapshot());
        Assert.False(Directory.Exists(Path.Combine(output.Path, "Old")));
    }

    [Fact]
    public void Run_CheckWithCrlfCheckout_IsNotDrift()
    {
        using var output = new TemporaryDirectory();
        CodeGenCommand.Run(["--spec", MinimalSpec, "--out", output.Path], new StringWriter(), new StringWriter());
        var file = Path.Combine(output.Path, "Models", "Item.cs");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\n", "\r\n", StringComparison.Ordinal));

        var exitCode = CodeGenCommand.Run(["--check", "--spec", MinimalSpec, "--out", output.Path], new StringWriter(), new StringWriter());

        Assert.Equal(CodeGenCommand.Success, exitCode);
    }
}
