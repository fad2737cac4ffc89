namespace OffresEmploi.Testing.Load;

/// <summary>How one tools/call ended.</summary>
internal enum CallOutcome
{
    /// <summary>A result without <c>isError</c>.</summary>
    Success,

    /// <summary>A result with <c>isError: true</c> (the tool refused or failed).</summary>
    ToolError,

    /// <summary>A JSON-RPC error response.</summary>
    JsonRpcError,

    /// <summary>No answer: connection, HTTP or protocol failure on the client side.</summary>
    TransportError,

    /// <summary>No answer because the replica that had the call was killed mid-load (<see cref="LoadOptions.KillReplicaAfter"/>).</summary>
    Lost,

    /// <summary>Not made or not answered before the run's time bound.</summary>
    Unanswered,
}
