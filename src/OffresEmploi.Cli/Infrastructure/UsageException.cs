namespace OffresEmploi.Cli.Infrastructure;

/// <summary>A mistake in the command line found while running a command (exit code 2).</summary>
/// <remarks>Spectre reports parse errors itself; this covers what only the command can check,
/// such as a place name that matches nothing.</remarks>
internal sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
