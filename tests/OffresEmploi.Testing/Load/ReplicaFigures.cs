namespace OffresEmploi.Testing.Load;

/// <summary>The calls one replica had: how many clients it started with, calls made on it, how many failed, whether it was killed.</summary>
internal sealed record ReplicaFigures(int Replica, int Clients, int Calls, int Errors, bool Killed);
