using System.Globalization;
using Spectre.Console;

namespace OffresEmploi.Cli.Infrastructure;

/// <summary>The width tables and charts are laid out for: <c>COLUMNS</c> when set, 80 in a pipe, else the terminal's.</summary>
/// <remarks>Spectre reads the terminal's width but not <c>COLUMNS</c>, the variable scripts, <c>watch</c> and CI runners set
/// to ask for a width. A redirected stream has no width of its own; 80 columns is what a pager or a log shows whole.</remarks>
internal static class ConsoleWidth
{
    /// <summary>The environment variable that sets the width.</summary>
    public const string Variable = "COLUMNS";

    /// <summary>The width of a redirected stream when <c>COLUMNS</c> is not set.</summary>
    public const int Redirected = 80;

    /// <summary>The width to use.</summary>
    /// <param name="getEnvironmentVariable">Reads an environment variable.</param>
    /// <param name="redirected">Whether the stream goes to a file or a pipe rather than a terminal.</param>
    /// <returns><c>COLUMNS</c> when it is a positive whole number; otherwise 80 when redirected; otherwise null: the terminal's
    /// own width, which follows resizing.</returns>
    public static int? Resolve(Func<string, string?> getEnvironmentVariable, bool redirected)
    {
        var columns = getEnvironmentVariable(Variable);
        if (int.TryParse(columns, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var width) && width > 0)
        {
            return width;
        }

        return redirected ? Redirected : null;
    }

    /// <summary>Sets a console's width as <see cref="Resolve"/> says, or leaves it following the terminal.</summary>
    /// <param name="console">The console.</param>
    /// <param name="getEnvironmentVariable">Reads an environment variable.</param>
    /// <param name="redirected">Whether the console's stream is redirected.</param>
    public static void Apply(IAnsiConsole console, Func<string, string?> getEnvironmentVariable, bool redirected)
    {
        if (Resolve(getEnvironmentVariable, redirected) is { } width)
        {
            console.Profile.Width = width;
        }
    }
}
