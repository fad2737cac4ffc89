namespace OffresEmploi.Sdk;

/// <summary>Temporary.</summary>
public static class Placeholder
{
}
