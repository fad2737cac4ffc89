using System.Text.Json;
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
