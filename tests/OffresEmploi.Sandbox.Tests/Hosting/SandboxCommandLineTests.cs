using OffresEmploi.Sandbox.Faults;
using OffresEmploi.Sandbox.Hosting;

namespace OffresEmploi.Sandbox.Tests.Hosting;

public class SandboxCommandLineTests
{
    [Fact]
    public void Parse_NoArguments_UsesServerDefaults()
    {
        var sut = SandboxCommandLine.Parse([]);

        Assert.Null(sut.Error);
        Assert.False(sut.ShowHelp);
        Assert.Equal(["http://127.0.0.1:5080"], sut.Urls);
        Assert.Equal(10, sut.Options.RateLimit);
        Assert.Equal(10, sut.Options.Burst);
        Assert.Equal(20_000, sut.Options.CorpusSize);
        Assert.Equal(42, sut.Options.Seed);
        Assert.Equal(0, sut.Options.Day);
        Assert.True(sut.Options.Faults.IsNone);
    }

    [Fact]
    public void Parse_EveryOption_IsApplied()
    {
        var sut = SandboxCommandLine.Parse(
        [
            "--urls", "http://127.0.0.1:5081;http://localhost:5082", "--size", "500", "--seed=7", "--rate", "2.5", "--burst", "4",
            "--faults", "5xx=0.1,latency=10ms", "--legacy-range", "--token-lifetime", "60", "--now", "2026-02-03", "--day", "3",
            "--client", "a:secret-a", "--client=b:secret:b",
        ]);

        Assert.Null(sut.Error);
        Assert.Equal(["http://127.0.0.1:5081", "http://localhost:5082"], sut.Urls);
        Assert.Equal(500, sut.Options.CorpusSize);
        Assert.Equal(7, sut.Options.Seed);
        Assert.Equal(2.5, sut.Options.RateLimit);
        Assert.Equal(4, sut.Options.Burst);
        Assert.Equal(FaultProfile.Parse("5xx=0.1,latency=10ms"), sut.Options.Faults);
        Assert.True(sut.Options.LegacyRange);
        Assert.Equal(TimeSpan.FromSeconds(60), sut.Options.TokenLifetime);
        Assert.Equal(new DateTimeOffset(2026, 2, 3, 0, 0, 0, TimeSpan.Zero), sut.Options.Now);
        Assert.Equal(3, sut.Options.Day);
        Assert.Equal(2, sut.Options.Clients.Count);
        Assert.Equal("secret:b", sut.Options.Clients["b"]);
        Assert.False(sut.Options.Clients.ContainsKey("sandbox"));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Parse_Help_AsksForUsage(string flag)
    {
        var sut = SandboxCommandLine.Parse(["--size", "3", flag]);

        Assert.True(sut.ShowHelp);
        Assert.Contains("--faults", SandboxCommandLine.Usage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--size", "many")]
    [InlineData("--rate", "-1")]
    [InlineData("--faults", "sometimes")]
    [InlineData("--token-lifetime", "0")]
    [InlineData("--now", "tomorrow")]
    [InlineData("--client", "nosecret")]
    [InlineData("--colour", "blue")]
    public void Parse_BadOption_ReportsAnError(string name, string value)
    {
        var sut = SandboxCommandLine.Parse([name, value]);

        Assert.False(string.IsNullOrEmpty(sut.Error));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("366")]
    [InlineData("three")]
    public void Parse_DayOutOfRange_ReportsAnErrorNamingTheOption(string value)
    {
        var sut = SandboxCommandLine.Parse(["--day", value]);

        Assert.StartsWith($"Invalid value '{value}' for --day", sut.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingValue_ReportsAnError()
    {
        var sut = SandboxCommandLine.Parse(["--seed"]);

        Assert.Equal("Option --seed needs a value.", sut.Error);
    }

    [Fact]
    public void Parse_BadClient_DoesNotEchoTheSecret()
    {
        var sut = SandboxCommandLine.Parse(["--client", "id-only-and-secret-missing:"]);

        Assert.NotNull(sut.Error);
        Assert.Contains("<id>:<secret>", sut.Error, StringComparison.Ordinal);
    }
}
