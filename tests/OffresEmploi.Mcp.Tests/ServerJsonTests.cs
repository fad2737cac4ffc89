using System.Text.Json;

namespace OffresEmploi.Mcp.Tests;

/// <summary>The registry manifest packed with the tool (<c>.mcp/server.json</c>) stays in step with the package.</summary>
public class ServerJsonTests
{
    [Fact]
    public void ServerJson_DeclaresTheNuGetPackageAndBothSecrets()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "OffresEmploi.Mcp", ".mcp", "server.json")));
        var root = json.RootElement;
        var package = root.GetProperty("packages").EnumerateArray().Single();

        Assert.Equal("https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json", root.GetProperty("$schema").GetString());
        Assert.InRange(root.GetProperty("description").GetString()!.Length, 10, 100);
        Assert.Equal(McpServerSetup.Version, root.GetProperty("version").GetString());
        Assert.Equal("nuget", package.GetProperty("registryType").GetString());
        Assert.Equal("OffresEmploi.Mcp", package.GetProperty("identifier").GetString());
        Assert.Equal(McpServerSetup.Version, package.GetProperty("version").GetString());
        Assert.Equal("stdio", package.GetProperty("transport").GetProperty("type").GetString());
        var secrets = package.GetProperty("environmentVariables").EnumerateArray()
            .Where(v => v.GetProperty("isSecret").GetBoolean())
            .Select(v => v.GetProperty("name").GetString())
            .ToList();
        Assert.Equal(["OFFRES_EMPLOI_CLIENT_ID", "OFFRES_EMPLOI_CLIENT_SECRET"], secrets);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OffresEmploi.Sdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("OffresEmploi.Sdk.sln not found above " + AppContext.BaseDirectory);
    }
}
