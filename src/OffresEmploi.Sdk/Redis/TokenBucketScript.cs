namespace OffresEmploi.Sdk.Redis;

/// <summary>
/// The Lua token bucket every replica runs in Redis, so the balance of a client id is one number for all of them.
/// Same arithmetic as <see cref="Resilience.ClientRateLimiter"/>: reservations may take the balance below zero and each
/// caller waits for its own to be covered; a 429 pulls the balance down; the server's headers set pace and burst.
/// </summary>
/// <remarks>
/// Time comes from the Redis server (<c>TIME</c>), not from the replicas, so their clocks need not agree.
/// The bucket holds back a reserve of 0.2 s of permits (two at 10 requests/s, never the whole burst): a permit reaches the
/// API after a Redis round trip and its replica's scheduling, which vary from replica to replica, so requests granted
/// evenly can arrive bunched; a bucket exactly as full as the API's would then see 429s (1 or 2 per 70 calls with 3
/// replicas at 10 requests/s on loopback, still 1 in some runs with 0.1 s). The hash
/// holds <c>tokens</c>, <c>ts</c> (seconds), <c>rate</c> and <c>cap</c>; it expires an hour after its last use.
/// KEYS[1] is the bucket; ARGV: operation, default rate, default burst, then the operation's numbers. Numbers come back
/// as strings: Redis would truncate a Lua number to an integer.
/// </remarks>
internal static class TokenBucketScript
{
    /// <summary>Takes a permit; returns the wait in seconds (0 when covered).</summary>
    public const string Acquire = "acquire";

    /// <summary>Gives back the permit of a cancelled wait.</summary>
    public const string Release = "release";

    /// <summary>ARGV[4] = seconds the server asked to wait (Retry-After).</summary>
    public const string Penalize = "penalize";

    /// <summary>ARGV[4..6] = replenish rate, burst, remaining from the headers ("" when absent).</summary>
    public const string Observe = "observe";

    /// <summary>The script; returns { wait seconds, rate, burst } as strings.</summary>
    public const string Text = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
        local b = redis.call('HMGET', KEYS[1], 'tokens', 'ts', 'rate', 'cap')
        local rate = tonumber(b[3]) or tonumber(ARGV[2])
        local cap = tonumber(b[4]) or tonumber(ARGV[3])
        local function reserve() return math.min(cap - 1, math.ceil(rate * 0.2)) end
        local top = cap - reserve()
        local tokens = tonumber(b[1]) or top
        local ts = tonumber(b[2]) or now
        if now > ts then tokens = math.min(top, tokens + (now - ts) * rate) end
        local op = ARGV[1]
        local wait = 0
        if op == 'acquire' then
          tokens = tokens - 1
          if tokens < 0 then wait = -tokens / rate end
        elseif op == 'release' then
          tokens = math.min(top, tokens + 1)
        elseif op == 'penalize' then
          tokens = math.min(tokens, 1 - tonumber(ARGV[4]) * rate)
        elseif op == 'observe' then
          local r = tonumber(ARGV[4])
          local c = tonumber(ARGV[5])
          local left = tonumber(ARGV[6])
          if r then rate = r end
          if c then cap = c end
          top = cap - reserve()
          tokens = math.min(tokens, top)
          if left and tokens > left - reserve() then tokens = left - reserve() end
        end
        redis.call('HSET', KEYS[1], 'tokens', string.format('%.6f', tokens), 'ts', string.format('%.6f', now), 'rate', tostring(rate), 'cap', tostring(cap))
        redis.call('PEXPIRE', KEYS[1], 3600000)
        return { string.format('%.6f', wait), tostring(rate), tostring(cap) }
        """;
}
