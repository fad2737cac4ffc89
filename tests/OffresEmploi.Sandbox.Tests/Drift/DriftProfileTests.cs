using OffresEmploi.Sandbox.Drift;
using OffresEmploi.Sandbox.Hosting;

namespace OffresEmploi.Sandbox.Tests.Drift;

public class DriftProfileTests
{
    [Fact]
    public void Default_SandboxOptions_HaveNoDrift()
    {
        var options = new SandboxOptions();

        Assert.Same(DriftProfile.None, options.Drift);
        Assert.True(options.Drift.IsNone);
        Assert.Equal("none", options.Drift.ToString());
    }

    [Fact]
    public void Parse_None_ChangesNothing()
    {
        Assert.Equal(DriftProfile.None, DriftProfile.Parse("none"));
        Assert.True(DriftProfile.Parse(" NONE ").IsNone);
    }

    [Theory]
    [InlineData("unknown-member", true, false, false, false, false)]
    [InlineData("new-code", false, true, false, false, false)]
    [InlineData("type-change", false, false, true, false, false)]
    [InlineData("missing-header", false, false, false, true, false)]
    [InlineData("unexpected-status", false, false, false, false, true)]
    [InlineData("unknown-member,new-code", true, true, false, false, false)]
    [InlineData(" Type-Change ; missing-header,none,,", false, false, true, true, false)]
    public void Parse_ListOfKinds_SetsExactlyThoseKinds(string text, bool unknownMember, bool newCode, bool typeChange, bool missingHeader, bool unexpectedStatus)
    {
        var profile = DriftProfile.Parse(text);

        Assert.Equal(
            new DriftProfile { UnknownMember = unknownMember, NewCode = newCode, TypeChange = typeChange, MissingHeader = missingHeader, UnexpectedStatus = unexpectedStatus },
            profile);
        Assert.False(profile.IsNone);
    }

    [Fact]
    public void ToString_EveryKind_ParsesBackToAnEqualProfile()
    {
        var all = DriftProfile.Parse(string.Join(',', DriftProfile.KindNames));

        Assert.Equal("unknown-member,new-code,type-change,missing-header,unexpected-status", all.ToString());
        Assert.Equal(all, DriftProfile.Parse(all.ToString()));
    }

    [Theory]
    [InlineData("unknown-member,extra-member", "extra-member")]
    [InlineData("5xx=0.1", "5xx=0.1")]
    public void Parse_UnknownKind_ThrowsNamingDriftTheItemAndTheKinds(string text, string bad)
    {
        var error = Assert.Throws<FormatException>(() => DriftProfile.Parse(text));

        Assert.Contains("--drift", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{bad}'", error.Message, StringComparison.Ordinal);
        Assert.All(DriftProfile.KindNames, kind => Assert.Contains(kind, error.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void TryParse_Empty_FailsNamingDrift(string? text)
    {
        Assert.False(DriftProfile.TryParse(text, out var profile, out var error));
        Assert.Null(profile);
        Assert.Contains("--drift", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CommandLine_Drift_SetsTheProfile()
    {
        var sut = SandboxCommandLine.Parse(["--drift", "new-code,unexpected-status"]);

        Assert.Null(sut.Error);
        Assert.Equal(new DriftProfile { NewCode = true, UnexpectedStatus = true }, sut.Options.Drift);
        Assert.Contains("--drift", SandboxCommandLine.Usage, StringComparison.Ordinal);
        Assert.All(DriftProfile.KindNames, kind => Assert.Contains(kind, SandboxCommandLine.Usage, StringComparison.Ordinal));
    }

    [Fact]
    public void CommandLine_NoDrift_DefaultsToNone()
    {
        Assert.True(SandboxCommandLine.Parse([]).Options.Drift.IsNone);
    }

    [Fact]
    public void CommandLine_UnknownKind_ReportsDriftAndTheKinds()
    {
        var sut = SandboxCommandLine.Parse(["--drift=unknown-member,renamed-member"]);

        Assert.NotNull(sut.Error);
        Assert.StartsWith("Unknown --drift kind 'renamed-member'.", sut.Error, StringComparison.Ordinal);
        Assert.All(DriftProfile.KindNames, kind => Assert.Contains(kind, sut.Error, StringComparison.Ordinal));
    }
}
