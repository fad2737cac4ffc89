using System.Collections;
using Microsoft.Extensions.Logging;

namespace OffresEmploi.Testing.Security;

/// <summary>
/// A logger provider at Trace level that hands every entry to a <see cref="SecretSweep"/>: the formatted message, each
/// structured state value, every scope in effect (its text and its values) and the exception text.
/// </summary>
public sealed class SweepLoggerProvider(SecretSweep sweep) : ILoggerProvider
{
    private readonly AsyncLocal<ScopeNode?> _scopes = new();

    public ILogger CreateLogger(string categoryName) => new SweepLogger(categoryName, this);

    public void Dispose()
    {
    }

    private static string Describe(object? state)
    {
        if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            return state + " | " + string.Join("; ", pairs.Select(p => $"{p.Key}={Flatten(p.Value)}"));
        }

        return state?.ToString() ?? "";
    }

    private static string? Flatten(object? value) =>
        value is IEnumerable items and not string ? string.Join(",", items.Cast<object?>()) : value?.ToString();

    private sealed record ScopeNode(string Text, ScopeNode? Parent);

    private sealed class SweepLogger(string category, SweepLoggerProvider owner) : ILogger
    {
        public IDisposable BeginScope<TState>(TState state)
            where TState : notnull
        {
            var parent = owner._scopes.Value;
            var text = Describe(state);
            owner._scopes.Value = new ScopeNode(text, parent);
            owner.Sweep.Add(SweepChannel.LogScope, $"{category}: {text}");
            return new Pop(owner, parent);
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            for (var node = owner._scopes.Value; node is not null; node = node.Parent)
            {
                scopes.Add(node.Text);
            }

            owner.Sweep.Add(SweepChannel.Log, $"{category} {logLevel} {eventId} {formatter(state, exception)} | {Describe(state)} | scopes: {string.Join(" > ", scopes)}");
            if (exception is not null)
            {
                owner.Sweep.AddException(exception, SweepChannel.LogException);
            }
        }
    }

    internal SecretSweep Sweep => sweep;

    private sealed class Pop(SweepLoggerProvider owner, ScopeNode? parent) : IDisposable
    {
        public void Dispose() => owner._scopes.Value = parent;
    }
}
