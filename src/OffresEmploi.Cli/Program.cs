using OffresEmploi.Cli;
using OffresEmploi.Cli.Infrastructure;

// Ctrl+C cancels the running command cleanly (a harvest keeps its checkpoint); a second Ctrl+C kills the process.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (!cancellation.IsCancellationRequested)
    {
        e.Cancel = true;
        cancellation.Cancel();
    }
};

return await OffresApp.RunAsync(args, CliContext.FromProcess(), cancellation.Token);
