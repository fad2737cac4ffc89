namespace OffresEmploi.Sandbox.Http;

/// <summary>Thrown by the search parameter parser; becomes a 400 with the API's French message.</summary>
internal sealed class InvalidParameterException : Exception
{
    public InvalidParameterException()
    {
    }

    public InvalidParameterException(string message)
        : base(message)
    {
    }

    public InvalidParameterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
