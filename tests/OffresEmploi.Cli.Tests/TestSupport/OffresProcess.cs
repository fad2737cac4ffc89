using System.Diagnostics;
using System.Runtime.InteropServices;

namespace OffresEmploi.Cli.Tests.TestSupport;

/// <summary>Runs the built <c>offres</c> (offres.dll beside the tests) in its own process, with a chosen environment:
/// a process loads one DuckDB engine for its life, so which engine a fresh <c>offres</c> finds is checked here.</summary>
internal static class OffresProcess
{
    /// <summary>Variables that would point the child at engines the test did not choose; removed unless given
    /// (NUGET_PACKAGES stays: it says where this machine's NuGet cache is; tests that want none set it to an empty folder).</summary>
    private static readonly string[] Cleared = ["OFFRES_DUCKDB_LIBRARY", "XDG_DATA_HOME", "LOCALAPPDATA", "LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH", "OFFRES_NUGET_SOURCE"];

    /// <summary>Runs <c>offres ARGS</c>; killed after 60 s (the test then fails on its exit code).</summary>
    public static async Task<CliRun> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "offres.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in Cleared)
        {
            start.Environment.Remove(name);
        }

        start.Environment["COLUMNS"] = "400";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            return new CliRun(process.ExitCode, await output, await error);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return new CliRun(-1, "", "killed after 60 s");
        }
    }

    /// <summary>An environment where no place holds an engine: home, data folder and NuGet cache all empty.</summary>
    public static Dictionary<string, string> Nowhere(string emptyFolder) => new()
    {
        ["HOME"] = emptyFolder,
        ["USERPROFILE"] = emptyFolder,
        ["XDG_DATA_HOME"] = emptyFolder,
        ["LOCALAPPDATA"] = emptyFolder,
        ["NUGET_PACKAGES"] = emptyFolder,
    };

    // The dotnet host that runs these tests: DOTNET_HOST_PATH under dotnet test, else the runtime's own root.
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        return Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
    }
}
