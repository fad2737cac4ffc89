using OffresEmploi.Sandbox;
using OffresEmploi.Sandbox.Http;

namespace OffresEmploi.Cli.Tests.TestSupport;

/// <summary>One in-process sandbox shared by the tests: a fixed seed, size and "today", so results never change.</summary>
internal static class TestSandbox
{
    /// <summary>The corpus' "today".</summary>
    public static readonly DateTimeOffset Today = new(2025, 9, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<SandboxHttpMessageHandler> SharedHandler = new(() =>
        new SandboxHttpMessageHandler(new SandboxOptions { Seed = 7, CorpusSize = 4_000, Now = Today }));

    /// <summary>The shared handler (never disposed by the CLI: a session disposes only a sandbox it created).</summary>
    public static SandboxHttpMessageHandler Handler => SharedHandler.Value;
}
