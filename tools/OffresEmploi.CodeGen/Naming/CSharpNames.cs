using System.Text;
using System.Text.RegularExpressions;

namespace OffresEmploi.CodeGen.Naming;

/// <summary>Derives C# identifiers from API names, following docs/codegen.md.</summary>
internal static partial class CSharpNames
{
    /// <summary>
    /// PascalCase of an API name: words split at case changes, digits and separators; acronyms of three letters or
    /// more written as words (<c>codeROME</c> → <c>CodeRome</c>), two-letter acronyms kept (<c>accessibleTH</c> →
    /// <c>AccessibleTH</c>).
    /// </summary>
    /// <returns>The identifier, or null when the name yields no valid identifier (empty, or starting with a digit).</returns>
    public static string? ToPascalCase(string apiName)
    {
        var builder = new StringBuilder(apiName.Length);
        foreach (Match word in WordPattern().Matches(apiName))
        {
            var text = word.Value;
            if (IsUpper(text) && text.Length >= 3)
            {
                builder.Append(text[0]).Append(text[1..].ToLowerInvariant());
            }
            else
            {
                builder.Append(char.ToUpperInvariant(text[0])).Append(text[1..]);
            }
        }

        var result = builder.ToString();
        return IsValidIdentifier(result) ? result : null;
    }

    /// <summary>camelCase of a PascalCase identifier, escaped with <c>@</c> when it is a keyword.</summary>
    public static string ToCamelCase(string pascalName)
    {
        var leadingUpper = 0;
        while (leadingUpper < pascalName.Length && char.IsUpper(pascalName[leadingUpper]))
        {
            leadingUpper++;
        }

        // "TH" → "th", "IdOffre" → "idOffre", "URLValue" → "urlValue".
        var cut = leadingUpper <= 1 || leadingUpper == pascalName.Length ? leadingUpper : leadingUpper - 1;
        var camel = pascalName[..cut].ToLowerInvariant() + pascalName[cut..];
        return Keywords.Contains(camel) ? "@" + camel : camel;
    }

    /// <summary>Whether <paramref name="name"/> is a plain C# identifier (letters, digits, underscores; no keyword).</summary>
    public static bool IsValidIdentifier(string name) =>
        name.Length > 0
        && (char.IsLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsLetterOrDigit(c) || c == '_')
        && !Keywords.Contains(name);

    private static bool IsUpper(string text) => text.All(c => !char.IsLetter(c) || char.IsUpper(c)) && text.Any(char.IsLetter);

    // An upper-case run not followed by a lower-case letter (an acronym), a capitalised or lower-case word, or digits.
    [GeneratedRegex(@"\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{Nd}+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };
}
