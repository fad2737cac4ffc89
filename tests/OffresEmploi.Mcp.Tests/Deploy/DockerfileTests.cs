using System.Net;
using System.Text.Json;

namespace OffresEmploi.Mcp.Tests.Deploy;

/// <summary>
/// deploy/Dockerfile builds this server and starts it the way a replica must run: Streamable HTTP on every address,
/// which the server's own command line accepts only with the bearer token.
/// </summary>
public sealed class DockerfileTests
{
    [Fact]
    public void Dockerfile_PublishesTheServerProject()
    {
        var publish = Assert.Single(Instructions("RUN"), r => r.Contains("dotnet publish", StringComparison.Ordinal));
        var project = publish.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w != "publish").Skip(1).First();

        Assert.True(Directory.Exists(Path.Combine(Testing.RepositoryFiles.Root, project)), $"{DeployFiles.Dockerfile} publishes '{project}', not a folder of the repository");
        Assert.Equal("src/OffresEmploi.Mcp", project);
    }

    [Fact]
    public void Dockerfile_EntryPoint_RunsTheServerAssembly()
    {
        var entryPoint = ExecForm("ENTRYPOINT");

        Assert.Equal(["dotnet", typeof(ServerCommandLine).Assembly.GetName().Name + ".dll"], entryPoint);
    }

    [Fact]
    public void Dockerfile_Command_ServesHttpOnEveryAddress_WithTheToken()
    {
        var commandLine = ServerCommandLineOfImage();

        Assert.True(commandLine.Http);
        Assert.Equal(IPAddress.Any, commandLine.Host);
        Assert.Equal("token", commandLine.Token);
    }

    [Fact]
    public void Dockerfile_Command_WithoutTheToken_IsRefused()
    {
        // The server exits with code 2 rather than serve every address without a token: compose must set it.
        var error = Assert.Throws<FormatException>(() => ServerCommandLine.Parse(ExecForm("CMD"), _ => null));

        Assert.Contains(ServerCommandLine.TokenVariable, error.Message, StringComparison.Ordinal);
    }

    /// <summary>The image's <c>CMD</c> read by the server's parser, with <see cref="ServerCommandLine.TokenVariable"/> set as compose sets it.</summary>
    internal static ServerCommandLine ServerCommandLineOfImage() =>
        ServerCommandLine.Parse(ExecForm("CMD"), name => name == ServerCommandLine.TokenVariable ? "token" : null);

    /// <summary>The arguments of the exec-form (JSON array) instruction <paramref name="name"/> of the final stage.</summary>
    private static string[] ExecForm(string name) =>
        JsonSerializer.Deserialize<string[]>(Instructions(name).Last())
            ?? throw new InvalidOperationException($"{DeployFiles.Dockerfile}: {name} is not a JSON array");

    /// <summary>The arguments of every <paramref name="name"/> instruction, continuation lines joined.</summary>
    private static IEnumerable<string> Instructions(string name) =>
        DeployFiles.Read(DeployFiles.Dockerfile).Replace("\\\n", " ", StringComparison.Ordinal).Split('\n')
            .Where(l => l.StartsWith(name + " ", StringComparison.Ordinal))
            .Select(l => l[(name.Length + 1)..].Trim());
}
