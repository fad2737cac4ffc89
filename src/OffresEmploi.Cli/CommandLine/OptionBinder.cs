using System.CommandLine;

namespace OffresEmploi.Cli.CommandLine;

/// <summary>Adds options and arguments to a command and reads their values into a settings object.</summary>
/// <remarks>Each binding is a typed delegate written beside the option, so nothing is found by reflection and the
/// command line trims and compiles ahead of time (Native AOT).</remarks>
/// <typeparam name="TSettings">The settings the command runs with.</typeparam>
/// <param name="command">The command the symbols are added to.</param>
internal sealed class OptionBinder<TSettings>(Command command)
    where TSettings : new()
{
    private readonly List<Action<ParseResult, TSettings>> _bindings = [];

    /// <summary>The command.</summary>
    public Command Command { get; } = command;

    /// <summary>Adds an option; its value is set when it has one (given, or its default).</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="option">The option.</param>
    /// <param name="set">Stores the value.</param>
    public void Add<T>(Option<T> option, Action<TSettings, T> set)
    {
        Command.Add(option);
        _bindings.Add((result, settings) =>
        {
            if (result.GetValue(option) is { } value)
            {
                set(settings, value);
            }
        });
    }

    /// <summary>Adds an argument; its value is set when it has one.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="argument">The argument.</param>
    /// <param name="set">Stores the value.</param>
    public void Add<T>(Argument<T> argument, Action<TSettings, T> set)
    {
        Command.Add(argument);
        _bindings.Add((result, settings) =>
        {
            if (result.GetValue(argument) is { } value)
            {
                set(settings, value);
            }
        });
    }

    /// <summary>Reads the parsed values into new settings.</summary>
    /// <param name="result">The parse result (without errors).</param>
    /// <returns>The settings.</returns>
    public TSettings Bind(ParseResult result)
    {
        var settings = new TSettings();
        foreach (var binding in _bindings)
        {
            binding(result, settings);
        }

        return settings;
    }
}
