using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using OffresEmploi.Testing.TestSupport;

namespace OffresEmploi.Sdk.Tests.TestSupport;

/// <summary>Keeps every log entry (formatted message, structured values and exception text) so tests can search them for secrets.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ILoggerFactory
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    /// <summary>Everything a log sink could write: messages, each structured value, exception text.</summary>
    public string AllText => string.Join('\n', _entries.Select(e => e.FullText));

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _entries);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<CapturedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join("; ", pairs.Select(p => $"{p.Key}={p.Value}"))
                : string.Empty;
            entries.Enqueue(new CapturedLog(category, logLevel, eventId, formatter(state, exception), values, exception?.ToString()));
        }
    }
}

public sealed record CapturedLog(string Category, LogLevel Level, EventId EventId, string Message, string Values, string? Exception)
{
    public string FullText => $"{Category} {Level} {EventId} {Message} | {Values} | {Exception}";
}
