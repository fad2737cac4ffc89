namespace OffresEmploi.Cli.Storage;

/// <summary>The DuckDB engine is missing, does not load, or could not be installed; its message is the one line
/// <c>offres</c> prints, with what to do (exit code 1, as any file error).</summary>
internal sealed class DuckDbEngineException : IOException
{
    public DuckDbEngineException()
    {
    }

    public DuckDbEngineException(string message)
        : base(message)
    {
    }

    public DuckDbEngineException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
