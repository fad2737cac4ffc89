namespace OffresEmploi.Sdk.Models;

/// <summary>Why a complete retrieval ended with <see cref="OffresEmploiHarvestException"/>.</summary>
public enum HarvestStopReason
{
    /// <summary>No request was answered for <see cref="HarvestOptions.StallTimeout"/> (the API or the network is down, or the quota stays exhausted). Resuming later usually completes the run.</summary>
    Stalled,

    /// <summary>A request failed for a reason no retry can fix: the API refused the query (400), or the token endpoint refused the credentials. Fix the cause, then resume.</summary>
    Failed,

    /// <summary>The walk ended, but some announced offers are out of reach of any request (see <see cref="HarvestOptions.AllowPartial"/>).</summary>
    Incomplete,
}
