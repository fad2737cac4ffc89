namespace OffresEmploi.Testing.Load;

/// <summary>One pass/fail verdict of a run, with the figures it compared.</summary>
internal sealed record LoadCheck(string Name, bool Passed, string Detail);
