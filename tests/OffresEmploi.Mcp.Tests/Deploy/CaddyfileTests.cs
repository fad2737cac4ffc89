namespace OffresEmploi.Mcp.Tests.Deploy;

/// <summary>
/// deploy/Caddyfile proxies the MCP endpoint to every replica without buffering the server-sent events of a call and
/// with a read timeout long enough for a call that waits behind the quota.
/// </summary>
public sealed class CaddyfileTests
{
    private static readonly TimeSpan LongestPacedCall = TimeSpan.FromMinutes(5);

    [Fact]
    public void Caddyfile_McpEndpoint_IsProxiedWithoutBuffering()
    {
        var proxy = McpProxy();

        var flush = Assert.Single(proxy.Descendants(), d => d.Name == "flush_interval");
        Assert.True(flush.Arguments is ["-1"], $"{DeployFiles.Caddyfile}: '{flush}' buffers; -1 passes every event on at once");
    }

    [Fact]
    public void Caddyfile_McpEndpoint_HasALongReadTimeout()
    {
        var proxy = McpProxy();

        var timeout = Assert.Single(proxy.Descendants(), d => d.Name == "read_timeout");
        var duration = ParseDuration(Assert.Single(timeout.Arguments));
        Assert.True(duration >= LongestPacedCall, $"{DeployFiles.Caddyfile}: '{timeout}' is shorter than {LongestPacedCall}");
    }

    [Fact]
    public void Caddyfile_Upstreams_AreTheServerServiceOnItsPort()
    {
        // Caddy reaches the replicas by the compose service name on the port the image's command line gives the server.
        var upstreams = Assert.Single(McpProxy().Descendants(), d => d.Name == "dynamic");
        var port = DockerfileTests.ServerCommandLineOfImage().Port;

        Assert.Equal(["a"], upstreams.Arguments);
        Assert.Equal([DeployFiles.ServerService], Assert.Single(upstreams.Block, d => d.Name == "name").Arguments);
        Assert.Equal([port.ToString(System.Globalization.CultureInfo.InvariantCulture)], Assert.Single(upstreams.Block, d => d.Name == "port").Arguments);
    }

    [Theory]
    [InlineData("10m", 600)]
    [InlineData("90s", 90)]
    [InlineData("1h", 3600)]
    public void ParseDuration_ReadsGoDurations(string text, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), ParseDuration(text));

    /// <summary>The <c>reverse_proxy</c> of the <c>handle</c> block for the server's endpoint (<see cref="HttpServer.Path"/>).</summary>
    private static CaddyDirective McpProxy()
    {
        var site = Assert.Single(CaddyDirective.Parse(DeployFiles.Read(DeployFiles.Caddyfile)));
        var handle = Assert.Single(site.Block, d => d.Name == "handle" && d.Arguments.SequenceEqual([HttpServer.Path]));
        return Assert.Single(handle.Block, d => d.Name == "reverse_proxy");
    }

    /// <summary>Reads a Caddy duration with one unit (<c>90s</c>, <c>10m</c>, <c>1h</c>).</summary>
    private static TimeSpan ParseDuration(string text)
    {
        var value = double.Parse(text[..^1], System.Globalization.CultureInfo.InvariantCulture);
        return text[^1] switch
        {
            's' => TimeSpan.FromSeconds(value),
            'm' => TimeSpan.FromMinutes(value),
            'h' => TimeSpan.FromHours(value),
            _ => throw new FormatException($"Unknown duration unit in '{text}'."),
        };
    }
}
