using OffresEmploi.Sdk.Models;
using Spectre.Console;

namespace OffresEmploi.Cli.Harvesting;

/// <summary>The live progress bar of <c>offres harvest</c>, on standard error: counts, bar, percentage, ETA.</summary>
internal sealed class HarvestProgressView(IAnsiConsole console, TimeProvider timeProvider)
{
    private readonly IAnsiConsole _console = console;
    private readonly TimeProvider _timeProvider = timeProvider;

    /// <summary>Runs the harvest under the progress display.</summary>
    /// <typeparam name="T">The harvest's result.</typeparam>
    /// <param name="work">The harvest, given a callback for its status.</param>
    /// <param name="cancellationToken">Cancels the harvest.</param>
    /// <returns>The harvest's result.</returns>
    public Task<T> RunAsync<T>(Func<Action<HarvestProgress>, Task<T>> work, CancellationToken cancellationToken) =>
        _console.Progress()
            .AutoClear(false)
            .Columns(
                new TaskDescriptionColumn { Alignment = Justify.Left },
                new ProgressBarColumn(),
                new PercentageColumn(),
                new RemainingTimeColumn(),
                new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("starting", maxValue: 1);
                task.IsIndeterminate = true;
                var started = _timeProvider.GetTimestamp();
                var result = await work(status =>
                {
                    task.Description = Markup.Escape(HarvestSummary.Progress(status));
                    if (status.Total is { } total and > 0)
                    {
                        task.IsIndeterminate = false;
                        task.MaxValue = Math.Max(total, status.Offers);
                        task.Value = status.Offers;
                    }
                });
                cancellationToken.ThrowIfCancellationRequested();
                task.IsIndeterminate = false;
                task.Value = task.MaxValue;
                task.Description += Markup.Escape($" · {_timeProvider.GetElapsedTime(started).TotalSeconds:0.0} s");
                task.StopTask();
                return result;
            });
}
