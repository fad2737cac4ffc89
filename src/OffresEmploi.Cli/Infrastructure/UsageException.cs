namespace OffresEmploi.Cli.Infrastructure;

/// <summary>A mistake in the command line found while running a command (exit code 2).</summary>
/// <remarks>Parse errors (an unknown option, "abc" for a number) and what only the command can check (a place name that
/// matches nothing) both end here, so every usage error is one line naming the option.</remarks>
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
