namespace OffresEmploi.Sdk.Tests.Fuzzing;

/// <summary>What a fuzzer saw: successes and typed failures by exception type and status, for assertions and reports.</summary>
internal sealed class FuzzTally
{
    private readonly Dictionary<string, int> _failures = new(StringComparer.Ordinal);

    public int Successes { get; private set; }

    public int TypedFailures { get; private set; }

    public int Total => Successes + TypedFailures;

    public IReadOnlyDictionary<string, int> FailuresByKind => _failures;

    public void Succeeded() => Successes++;

    public void Failed(Exception exception)
    {
        TypedFailures++;
        var key = exception is OffresEmploiException api ? $"{exception.GetType().Name}({api.Status})" : exception.GetType().Name;
        _failures[key] = _failures.GetValueOrDefault(key) + 1;
    }

    public override string ToString() =>
        $"{Total} cases: {Successes} succeeded, {TypedFailures} typed failures [{string.Join(", ", _failures.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"))}]";
}
