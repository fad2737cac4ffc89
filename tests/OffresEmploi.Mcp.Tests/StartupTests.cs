using System.Diagnostics;
using OffresEmploi.Sdk;

namespace OffresEmploi.Mcp.Tests;

/// <summary>Issue #12: a server given one credential without the other refuses to start, instead of serving simulated offers.</summary>
public sealed class StartupTests
{
    [Theory]
    [InlineData(OffresEmploiOptions.ClientIdVariable, OffresEmploiOptions.ClientSecretVariable)]
    [InlineData(OffresEmploiOptions.ClientSecretVariable, OffresEmploiOptions.ClientIdVariable)]
    public void FromEnvironment_OnlyOneCredential_ThrowsNamingTheMissingVariable(string setVariable, string missing)
    {
        var ex = Assert.Throws<FormatException>(() => ApiConnection.FromEnvironment(name => name == setVariable ? "value-1234" : null));

        Assert.StartsWith($"{missing} is not set but {setVariable} is", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("value-1234", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEnvironment_NoCredentials_ServesTheSandbox()
    {
        using var connection = ApiConnection.FromEnvironment(_ => null);

        Assert.True(connection.IsSandbox);
    }

    [Theory(Timeout = 60_000)]
    [InlineData(OffresEmploiOptions.ClientIdVariable, OffresEmploiOptions.ClientSecretVariable)]
    [InlineData(OffresEmploiOptions.ClientSecretVariable, OffresEmploiOptions.ClientIdVariable)]
    public async Task Server_OnlyOneCredential_RefusesToStartWithOneLineAndExitCode2(string setVariable, string missing)
    {
        var ct = TestContext.Current.CancellationToken;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add(ServerProcess.DllPath);
        foreach (var (name, value) in ServerProcess.NoCredentials)
        {
            start.Environment[name] = value;
        }

        start.Environment[setVariable] = "mcp-half-S3CRET-5a0f";

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(ct);
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);

        Assert.Equal(2, process.ExitCode);
        var line = Assert.Single((await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith($"offres-emploi-mcp: {missing} is not set but {setVariable} is: set both", line, StringComparison.Ordinal);
        Assert.DoesNotContain("S3CRET", line, StringComparison.Ordinal);
        Assert.Empty(await stdout);
    }
}
