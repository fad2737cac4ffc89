using System.Text;

namespace OffresEmploi.Sdk.AI.Rendering;

/// <summary>Builds a result text that never grows past its budget; what does not fit is left out, and the caller says so.</summary>
internal sealed class TextBudget(int maxLength)
{
    private readonly StringBuilder _text = new();

    public int Length => _text.Length;

    public bool IsTruncated { get; private set; }

    /// <summary>Appends a line if it fits with <paramref name="reserve"/> characters left for the closing lines.</summary>
    public bool TryAppendLine(string line, int reserve = 0)
    {
        if (_text.Length + line.Length + 1 + reserve > maxLength)
        {
            IsTruncated = true;
            return false;
        }

        _text.Append(line).Append('\n');
        return true;
    }

    /// <summary>Appends a line whatever the budget (headers and closing lines, which are short).</summary>
    public void AppendLine(string line) => _text.Append(line).Append('\n');

    public override string ToString() => _text.ToString().TrimEnd('\n');
}
