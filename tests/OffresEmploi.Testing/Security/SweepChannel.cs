namespace OffresEmploi.Testing.Security;

/// <summary>Where a captured text came from; the report counts texts and hits per channel.</summary>
public enum SweepChannel
{
    Log,
    LogScope,
    LogException,
    Exception,
    ActivityTag,
    ActivityEvent,
    ActivityBaggage,
    MetricTag,
    ToStringText,
    ToolResult,
    ServerLog,
    SharedStore,
}
