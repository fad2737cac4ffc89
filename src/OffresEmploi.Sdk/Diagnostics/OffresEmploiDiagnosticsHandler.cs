using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace OffresEmploi.Sdk.Diagnostics;

/// <summary>The innermost handler: logs and counts each HTTP attempt (method, safe URI, status, duration).</summary>
/// <remarks>Headers and bodies are never read here, so neither the bearer token nor the client secret can reach a log.</remarks>
internal sealed class OffresEmploiDiagnosticsHandler : DelegatingHandler
{
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;

    /// <summary>Initializes a new instance of the <see cref="OffresEmploiDiagnosticsHandler"/> class.</summary>
    public OffresEmploiDiagnosticsHandler(TimeProvider timeProvider, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = _timeProvider.GetTimestamp();
        var method = request.Method.Method;
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var elapsed = (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds;
            var status = (int)response.StatusCode;
            if (status >= 400)
            {
                Log.RequestCompletedWithError(_logger, method, SafeUri.Format(request.RequestUri), status, elapsed);
            }
            else
            {
                Log.RequestCompleted(_logger, method, SafeUri.Format(request.RequestUri), status, elapsed);
            }

            Count(method, status);
            return response;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var elapsed = (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds;
            // The cause (ConnectionRefused, NameResolution...) says more in a log than the exception type alone.
            Log.RequestFailed(_logger, method, SafeUri.Format(request.RequestUri), elapsed, $"{ex.GetType().Name}, {ConnectionFailures.Classify(ex)}");
            Count(method, 0);
            throw;
        }
    }

    private static void Count(string method, int status) =>
        OffresEmploiInstrumentation.Requests.Add(
            1,
            new KeyValuePair<string, object?>("http.request.method", method),
            new KeyValuePair<string, object?>("http.response.status_code", status));
}
