namespace OffresEmploi.Cli.Infrastructure;

/// <summary>The process exit codes of <c>offres</c>.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>The API answered with an error, the network failed, or a file could not be written.</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong: unknown option, bad value, unresolvable place.</summary>
    public const int Usage = 2;

    /// <summary>The user pressed Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
