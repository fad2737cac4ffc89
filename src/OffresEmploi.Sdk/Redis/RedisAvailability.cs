using StackExchange.Redis;

namespace OffresEmploi.Sdk.Redis;

/// <summary>
/// Whether a shared component currently works on Redis or locally, with one action on each change: going local, then
/// coming back. The rate limiter and the store of tokens and referentiels each keep one, so each warns once.
/// </summary>
/// <param name="wentLocal">Runs once each time Redis stops answering, with the reason (an exception type, never its message).</param>
/// <param name="cameBack">Runs once each time Redis answers again.</param>
internal sealed class RedisAvailability(Action<string> wentLocal, Action cameBack)
{
    private int _local;

    /// <summary>Gets whether the last attempt to reach Redis failed.</summary>
    public bool IsLocal => Volatile.Read(ref _local) == 1;

    /// <summary>Whether <paramref name="exception"/> means Redis could not be used (as opposed to a failure of the caller's own work).</summary>
    public static bool IsFailure(Exception exception) => exception is RedisException or TimeoutException or ObjectDisposedException;

    /// <summary>Records that Redis could not be reached.</summary>
    public void Lost(string reason)
    {
        if (Interlocked.Exchange(ref _local, 1) == 0)
        {
            wentLocal(reason);
        }
    }

    /// <summary>Records that Redis answered.</summary>
    public void Answered()
    {
        if (Interlocked.Exchange(ref _local, 0) == 1)
        {
            cameBack();
        }
    }
}
