namespace OffresEmploi.Testing.Load;

/// <summary>One tools/call as measured by the client: which tool, on which replica, how long from send to answer, how it ended.</summary>
internal readonly record struct CallRecord(string Tool, double Milliseconds, CallOutcome Outcome, string? Detail, int Replica = 0);
