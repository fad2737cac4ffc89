namespace OffresEmploi.Sdk.AI.Arguments;

/// <summary>A tool argument the model must change; the message says how.</summary>
internal sealed class ToolArgumentException : Exception
{
    public ToolArgumentException()
    {
    }

    public ToolArgumentException(string message)
        : base(message)
    {
    }

    public ToolArgumentException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
