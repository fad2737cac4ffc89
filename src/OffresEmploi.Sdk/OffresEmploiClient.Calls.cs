using System.Diagnostics;
using System.Runtime.ExceptionServices;
using OffresEmploi.Sdk.Diagnostics;
using OffresEmploi.Sdk.Models;
using Refit;

namespace OffresEmploi.Sdk;

public partial class OffresEmploiClient
{
    /// <summary>
    /// Runs one Refit call and turns every failure into the SDK's exceptions: an error status into
    /// <see cref="OffresEmploiException"/> (or a subtype), no response into <see cref="OffresEmploiConnectionException"/>.
    /// </summary>
    /// <returns>The successful response; the caller disposes it.</returns>
    private async Task<IApiResponse<T>> CallAsync<T>(
        Func<IOffresEmploiApi, CancellationToken, Task<IApiResponse<T>>> call,
        string operation,
        CancellationToken cancellationToken)
    {
        IApiResponse<T> response;
        try
        {
            response = await call(_api(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            throw Translate(ex, operation, cancellationToken);
        }

        if (response.IsSuccessStatusCode && response.Error is null)
        {
            return response;
        }

        using (response)
        {
            if (response.Error is ApiRequestException requestError)
            {
                throw Translate(requestError.InnerException ?? requestError, operation, cancellationToken);
            }

            if (!response.IsSuccessStatusCode)
            {
                var content = (response.Error as ApiException)?.Content;
                throw OffresEmploiErrorFactory.FromResponse(
                    (int)response.StatusCode.GetValueOrDefault(),
                    response.ReasonPhrase,
                    content,
                    response.Headers,
                    $"The {operation} request failed.",
                    _secrets,
                    _timeProvider.GetUtcNow());
            }

            // Cancelled while the body was being read: that is a cancellation, not an unreadable body.
            cancellationToken.ThrowIfCancellationRequested();

            // A success status whose body could not be read as the expected model.
            var status = (int)response.StatusCode.GetValueOrDefault();
            throw new OffresEmploiException(
                OffresEmploiErrorFactory.BuildMessage($"The {operation} response could not be read.", status, response.ReasonPhrase, null, null, null, _secrets),
                response.Error)
            {
                Status = status,
                ReasonPhrase = response.ReasonPhrase,
            };
        }
    }

    /// <summary>Maps an exception thrown inside the HTTP pipeline to the SDK's exception.</summary>
    private Exception Translate(Exception exception, string operation, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case OffresEmploiConnectionException when cancellationToken.IsCancellationRequested:
                // The caller's cancellation also ends a wait for the token endpoint; it is reported as what it is.
                return new OperationCanceledException("The call was cancelled.", exception, cancellationToken);
            case OffresEmploiException:
                // Token failures arrive wrapped by Refit; surface them as they are, with their stack.
                ExceptionDispatchInfo.Capture(exception).Throw();
                return exception;
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                return new OperationCanceledException(exception.Message, exception, cancellationToken);
            case ApiRequestException { InnerException: { } inner }:
                return Translate(inner, operation, cancellationToken);
            case OperationCanceledException:
            case var _ when ConnectionFailures.IsTransportFailure(exception):
                // API paths are relative to the base address, so its host is the one that could not be reached.
                return OffresEmploiErrorFactory.FromTransportFailure($"The {operation} request got no response.", exception, _options.BaseAddress, OffresEmploiEndpoint.Api, _secrets);
            default:
                ExceptionDispatchInfo.Capture(exception).Throw();
                return exception;
        }
    }

    /// <summary>Reads the <c>Content-Range</c> header, wherever the transport put it (content or response headers).</summary>
    private static ContentRange? ReadContentRange(IApiResponse response)
    {
        foreach (var headers in new System.Net.Http.Headers.HttpHeaders?[] { response.ContentHeaders, response.Headers })
        {
            if (headers is not null && headers.NonValidated.TryGetValues("Content-Range", out var values))
            {
                foreach (var value in values)
                {
                    if (ContentRange.TryParse(value, out var range))
                    {
                        return range;
                    }
                }
            }
        }

        return null;
    }

    private static Activity? StartActivity(string name) =>
        OffresEmploiInstrumentation.ActivitySource.StartActivity(name, ActivityKind.Client);

    private static void RecordFailure(Activity? activity, Exception exception)
    {
        if (activity is null)
        {
            return;
        }

        _ = activity.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
        if (exception is OffresEmploiException api)
        {
            _ = activity.SetTag("http.response.status_code", api.Status);
            _ = activity.SetTag("offresemploi.error_code", api.ErrorCode);
        }
    }
}
