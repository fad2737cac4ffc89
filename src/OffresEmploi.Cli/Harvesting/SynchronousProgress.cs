namespace OffresEmploi.Cli.Harvesting;

/// <summary>An <see cref="IProgress{T}"/> that calls back on the reporting thread, unlike <see cref="Progress{T}"/>,
/// so the last report is shown before the harvest returns.</summary>
/// <typeparam name="T">The report type.</typeparam>
internal sealed class SynchronousProgress<T>(Action<T> handler) : IProgress<T>
{
    private readonly Action<T> _handler = handler;

    public void Report(T value) => _handler(value);
}
