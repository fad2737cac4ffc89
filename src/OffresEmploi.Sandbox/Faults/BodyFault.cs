namespace OffresEmploi.Sandbox.Faults;

/// <summary>How a successful body is damaged.</summary>
internal enum BodyFault
{
    None,
    Truncated,
    Malformed,
}
