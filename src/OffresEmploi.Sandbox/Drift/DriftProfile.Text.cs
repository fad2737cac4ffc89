using System.Diagnostics.CodeAnalysis;

namespace OffresEmploi.Sandbox.Drift;

/// <summary>The text form of a drift profile, used by the server's <c>--drift</c> option.</summary>
public sealed partial record DriftProfile
{
    /// <summary>Parses a profile: kinds separated by commas or semicolons (<c>unknown-member</c>, <c>new-code</c>,
    /// <c>type-change</c>, <c>missing-header</c>, <c>unexpected-status</c>), or <c>none</c>.</summary>
    /// <param name="text">The text, e.g. <c>unknown-member,new-code</c>.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="FormatException">The text is empty or names an unknown kind; the message names <c>--drift</c>,
    /// the bad item and the kinds.</exception>
    public static DriftProfile Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var profile, out var error) ? profile : throw new FormatException(error);
    }

    /// <summary>Parses a profile without throwing (see <see cref="Parse"/> for the syntax).</summary>
    /// <param name="text">The text.</param>
    /// <param name="profile">The parsed profile.</param>
    /// <param name="error">Why the text is invalid, naming <c>--drift</c> and the kinds; <see langword="null"/> when it is valid.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out DriftProfile? profile, [NotNullWhen(false)] out string? error)
    {
        profile = null;
        error = null;
        var expected = $"Expected a comma-separated list of: none, {string.Join(", ", KindNames)}.";
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "--drift is empty. " + expected;
            return false;
        }

        var current = None;
        foreach (var item in text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var next = With(current, item);
            if (next is null)
            {
                error = $"Unknown --drift kind '{item}'. {expected}";
                return false;
            }

            current = next;
        }

        profile = current;
        return true;
    }

    private static DriftProfile? With(DriftProfile profile, string kind) => kind.ToUpperInvariant() switch
    {
        "NONE" => profile,
        "UNKNOWN-MEMBER" => profile with { UnknownMember = true },
        "NEW-CODE" => profile with { NewCode = true },
        "TYPE-CHANGE" => profile with { TypeChange = true },
        "MISSING-HEADER" => profile with { MissingHeader = true },
        "UNEXPECTED-STATUS" => profile with { UnexpectedStatus = true },
        _ => null,
    };

    /// <summary>Returns the canonical text form, which <see cref="Parse"/> reads back into an equal profile.</summary>
    /// <returns>The kinds in <see cref="KindNames"/> order, or <c>none</c>.</returns>
    public override string ToString()
    {
        bool[] active = [UnknownMember, NewCode, TypeChange, MissingHeader, UnexpectedStatus];
        var kinds = KindNames.Where((_, i) => active[i]).ToArray();
        return kinds.Length == 0 ? "none" : string.Join(',', kinds);
    }
}
