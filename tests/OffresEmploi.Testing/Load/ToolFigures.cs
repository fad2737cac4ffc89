namespace OffresEmploi.Testing.Load;

/// <summary>The calls of one tool (or of all tools) in a run: how many, how many failed, how fast.</summary>
internal sealed record ToolFigures(string Tool, int Calls, int Errors, LatencySummary Latency);
