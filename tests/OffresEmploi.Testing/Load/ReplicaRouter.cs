namespace OffresEmploi.Testing.Load;

/// <summary>
/// The load balancer of a run: client i goes to replica i mod N and stays there; once the run has completed
/// <see cref="LoadOptions.KillReplicaAfter"/> calls, replica 0 is killed and its clients are sent, round-robin,
/// to the surviving replicas. Every completed call is also counted to <paramref name="onCompleted"/> (the run's other
/// mid-load events, such as stopping Redis, key off the same count).
/// </summary>
internal sealed class ReplicaRouter(IReadOnlyList<Uri> endpoints, int killAfter, Action<int> kill, Action<int>? onCompleted = null)
{
    /// <summary>The replica killed mid-load when <see cref="LoadOptions.KillReplicaAfter"/> is set.</summary>
    public const int KilledReplica = 0;

    private int _completed;
    private volatile bool _killed;

    /// <summary>Gets whether the replica has been killed (the kill, once made, is final).</summary>
    public bool IsKilled(int replica) => _killed && replica == KilledReplica;

    /// <summary>The replica a client is sent to now: its own, or once that one is killed, a survivor.</summary>
    public int ReplicaOf(int client)
    {
        var own = client % endpoints.Count;
        return IsKilled(own) ? 1 + (client / endpoints.Count % (endpoints.Count - 1)) : own;
    }

    public Uri Endpoint(int replica) => endpoints[replica];

    /// <summary>Counts one completed call (any outcome) and kills the replica when the count reaches the threshold.</summary>
    public void Completed()
    {
        var completed = Interlocked.Increment(ref _completed);
        if (completed == killAfter && killAfter > 0)
        {
            // Marked first so that the errors the kill causes are told apart from any other.
            _killed = true;
            kill(KilledReplica);
        }

        onCompleted?.Invoke(completed);
    }
}
