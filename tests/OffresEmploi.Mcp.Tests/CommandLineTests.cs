using System.Net;

namespace OffresEmploi.Mcp.Tests;

public class CommandLineTests
{
    private static string? NoVariable(string name) => null;

    [Fact]
    public void Parse_NoArguments_IsStdio()
    {
        var commandLine = ServerCommandLine.Parse([], NoVariable);

        Assert.False(commandLine.Http);
        Assert.Null(commandLine.Token);
    }

    [Fact]
    public void Parse_Http_DefaultsToLoopbackAndTakesTheTokenFromTheEnvironment()
    {
        var commandLine = ServerCommandLine.Parse(["--http", "--port", "0"], name => name == ServerCommandLine.TokenVariable ? "t0k" : null);

        Assert.True(commandLine.Http);
        Assert.Equal(IPAddress.Loopback, commandLine.Host);
        Assert.Equal(0, commandLine.Port);
        Assert.Equal("t0k", commandLine.Token);
    }

    [Theory]
    [InlineData(new[] { "--http", "--host", "0.0.0.0" }, "set --token")]
    [InlineData(new[] { "--port", "80" }, "--http only")]
    [InlineData(new[] { "--http", "--port", "x" }, "0 to 65535")]
    [InlineData(new[] { "--verbose" }, "Unknown argument")]
    [InlineData(new[] { "--http", "--token" }, "needs a value")]
    public void Parse_Invalid_ExplainsWhy(string[] args, string expected)
    {
        var error = Assert.Throws<FormatException>(() => ServerCommandLine.Parse(args, NoVariable));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BearerToken_AcceptsOnlyTheExactToken()
    {
        var token = new BearerToken("abc");

        Assert.True(token.Accepts("Bearer abc"));
        Assert.True(token.Accepts("bearer abc"));
        Assert.False(token.Accepts("Bearer abcd"));
        Assert.False(token.Accepts("Basic abc"));
        Assert.False(token.Accepts(null));
    }
}
