using System.Text.Json;
using Microsoft.Extensions.Logging;
using OffresEmploi.Cli.Tests.TestSupport;

namespace OffresEmploi.Cli.Tests.ContractCheck;

/// <summary><c>offres contract-check</c> as users run it: the report on stdout and in files, and its exit codes.</summary>
public sealed class ContractCheckCommandTests
{
    [Fact]
    public async Task On_the_sandbox_it_prints_the_report_writes_both_files_and_exits_0()
    {
        var folder = Directory.CreateTempSubdirectory("contract-check-");
        try
        {
            var markdown = Path.Combine(folder.FullName, "out", "contract.md");
            var json = Path.Combine(folder.FullName, "out", "contract.json");

            var run = await new CliRunner().InvokeAsync("contract-check", "--report", markdown, "--json", json);

            Assert.True(run.ExitCode == 0, run.Error + run.Out);
            Assert.Contains("Conforms to the spec.", run.Out, StringComparison.Ordinal);
            Assert.Contains("Uncertain rules", run.Out, StringComparison.Ordinal);
            Assert.StartsWith("# Contract check of ", await File.ReadAllTextAsync(markdown, TestContext.Current.CancellationToken), StringComparison.Ordinal);
            using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json, TestContext.Current.CancellationToken));
            Assert.False(report.RootElement.GetProperty("drift").GetBoolean());
            Assert.Equal(0, report.RootElement.GetProperty("findings").GetArrayLength());
            Assert.Equal(6, report.RootElement.GetProperty("observations").GetArrayLength());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact(Timeout = 120_000)]
    public async Task Against_the_sandbox_server_clean_it_exits_0_and_drifted_it_exits_1_with_every_kind_reported()
    {
        // As a user with credentials runs it: the real HTTP path, the OFFRES_EMPLOI_* settings, the sandbox server as
        // the API, first as it is, then with every kind of drift the sandbox can make (docs/sandbox.md).
        var ct = TestContext.Current.CancellationToken;
        // The clean run keeps the default pacing (3 requests/s, about 15 s), as users run it; the drifted one is unpaced.
        var clean = await RunAgainstServerAsync(OffresEmploi.Sandbox.Drift.DriftProfile.None, paced: true, ct);
        Assert.True(clean.Run.ExitCode == 0, clean.Run.Error + clean.Run.Out);
        Assert.Equal(0, clean.Report.RootElement.GetProperty("findings").GetArrayLength());

        var drifted = await RunAgainstServerAsync(OffresEmploi.Sandbox.Drift.DriftProfile.Parse("unknown-member,new-code,type-change,missing-header,unexpected-status"), paced: false, ct);
        Assert.Equal(1, drifted.Run.ExitCode);
        Assert.Contains("Drift:", drifted.Run.Out, StringComparison.Ordinal);
        var findings = drifted.Report.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (Kind: f.GetProperty("kind").GetString(), Where: f.GetProperty("where").GetString()))
            .ToList();
        Assert.Contains(("unknownMember", "$.resultats[0].champInconnu"), findings);
        Assert.Contains(("unknownCode", "$.resultats[0].typeContrat"), findings);
        Assert.Contains(("typeChanged", "$.resultats[0].nombrePostes"), findings);
        Assert.Contains(("missingHeader", "Content-Range"), findings);
        Assert.Contains(("unexpectedStatus", "status"), findings);
        Assert.DoesNotContain(drifted.Report.RootElement.GetRawText(), "client_secret", StringComparison.Ordinal);
    }

    private static async Task<(CliRun Run, JsonDocument Report)> RunAgainstServerAsync(OffresEmploi.Sandbox.Drift.DriftProfile drift, bool paced, CancellationToken ct)
    {
        var options = new OffresEmploi.Sandbox.SandboxOptions { CorpusSize = 2_000, Drift = drift };
        await using var server = await OffresEmploi.Sandbox.Hosting.SandboxServer.StartAsync(options, ["http://127.0.0.1:0"], l => l.ClearProviders(), ct);
        var json = Path.Combine(Path.GetTempPath(), $"contract-{Guid.NewGuid():N}.json");
        try
        {
            var runner = new CliRunner()
                .WithEnvironment("OFFRES_EMPLOI_CLIENT_ID", OffresEmploi.Sandbox.SandboxDefaults.ClientId)
                .WithEnvironment("OFFRES_EMPLOI_CLIENT_SECRET", OffresEmploi.Sandbox.SandboxDefaults.ClientSecret)
                .WithEnvironment("OFFRES_EMPLOI_BASE_URL", server.BaseAddress.AbsoluteUri)
                .WithEnvironment("OFFRES_EMPLOI_TOKEN_URL", server.TokenEndpoint.AbsoluteUri);
            if (!paced)
            {
                runner = runner.WithEnvironment("OFFRES_EMPLOI_REQUESTS_PER_SECOND", "0");
            }

            var run = await runner.RunAsync(["contract-check", "--json", json], ct);
            return (run, JsonDocument.Parse(await File.ReadAllTextAsync(json, ct)));
        }
        finally
        {
            File.Delete(json);
        }
    }

    [Theory]
    [InlineData("--budget", "0", "--budget")]
    [InlineData("--budget", "501", "--budget")]
    [InlineData("--report", "contract.txt", "--report")]
    [InlineData("--json", "contract.md", "--json")]
    public async Task Bad_options_exit_2_naming_the_option_before_any_request(string option, string value, string named)
    {
        var sandbox = new CountingHandler(TestSandbox.Handler);
        var run = await new CliRunner { SandboxHandler = sandbox }.InvokeAsync("contract-check", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(named, run.Error, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.Requests);
    }

    private sealed class CountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private int _requests;

        public int Requests => Volatile.Read(ref _requests);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _ = Interlocked.Increment(ref _requests);
            return base.SendAsync(request, cancellationToken);
        }

        protected override void Dispose(bool disposing)
        {
            // The shared test sandbox outlives this handler.
            if (!disposing)
            {
                base.Dispose(disposing);
            }
        }
    }
}
