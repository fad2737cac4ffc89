using System.Security.Cryptography;
using System.Text;
using OffresEmploi.CodeGen.Parsing;

using OffresEmploi.Testing;

namespace OffresEmploi.Tools.Tests.CodeGen;

public class SpecLoaderTests
{
    [Fact]
    public void Load_CommittedSpec_HasNoErrorsOrWarnings()
    {
        var spec = SpecLoader.Load(RepositoryFiles.Spec, "spec/offres-emploi-v2.yaml");

        Assert.Empty(spec.Diagnostics);
        Assert.NotNull(spec.Document.Paths);
        Assert.Contains("/v2/offres/search", spec.Document.Paths.Keys);
    }

    [Fact]
    public void Load_Spec_HashesTheTextWithLfLineEndings()
    {
        using var directory = new TemporaryDirectory();
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.TestSpecs, "minimal.yaml")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var lf = directory.Write("lf.yaml", text);
        var crlf = directory.Write("crlf.yaml", text.Replace("\n", "\r\n", StringComparison.Ordinal));

        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

        Assert.Equal(expected, SpecLoader.Load(lf, "lf.yaml").Sha256);
        Assert.Equal(expected, SpecLoader.Load(crlf, "crlf.yaml").Sha256);
    }

    [Fact]
    public void Load_MissingFile_FailsNamingTheFile()
    {
        var exception = Assert.Throws<SpecMappingException>(() => SpecLoader.Load(Path.Combine(RepositoryFiles.TestSpecs, "absent.yaml"), "absent.yaml"));

        Assert.Equal("absent.yaml", exception.SpecPath);
        Assert.Equal("#", exception.Pointer);
    }
}
