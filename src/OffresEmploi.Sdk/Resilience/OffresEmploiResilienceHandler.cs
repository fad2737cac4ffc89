using Polly;

namespace OffresEmploi.Sdk.Resilience;

/// <summary>Runs each request through the SDK's resilience pipeline (timeouts, retries, pacing).</summary>
/// <remarks>
/// The outermost handler of the chain, so every attempt re-enters the handlers below it (the authentication
/// handler sets a current token on each). The API is GET-only, so a request can be sent again as is; the
/// token endpoint's form body is buffered and can be re-sent too. The response of a retried attempt is
/// disposed by Polly. Every body is buffered within its attempt, and a success body is checked there
/// (<see cref="ResponseBodyCheck"/>), so a body damaged in transit is retried.
/// </remarks>
internal sealed class OffresEmploiResilienceHandler : DelegatingHandler
{
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    /// <summary>Initializes a new instance of the <see cref="OffresEmploiResilienceHandler"/> class.</summary>
    public OffresEmploiResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        _pipeline = pipeline;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(OffresEmploiResiliencePipeline.RequestKey, request);
        try
        {
            var outcome = await _pipeline.ExecuteOutcomeAsync(
                static async (ctx, state) =>
                {
                    try
                    {
                        var response = await state.Handler.SendAttemptAsync(state.Request, ctx).ConfigureAwait(ctx.ContinueOnCapturedContext);
                        return Outcome.FromResult(response);
                    }
#pragma warning disable CA1031 // Polly expects failures as outcomes; the pipeline rethrows the ones it does not handle.
                    catch (Exception ex)
#pragma warning restore CA1031
                    {
                        return Outcome.FromException<HttpResponseMessage>(ex);
                    }
                },
                context,
                (Handler: this, Request: request)).ConfigureAwait(false);
            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, ResilienceContext context)
    {
        var cancellationToken = context.CancellationToken;
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            // The body is read inside the attempt, so the attempt timeout also covers a body that stops arriving after
            // the headers (otherwise only the caller's token could end that wait). Bodies are small: a page of 150 offers.
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            var readable = await ResponseBodyCheck.IsReadableAsync(response, cancellationToken).ConfigureAwait(false);
            context.Properties.Set(OffresEmploiResiliencePipeline.UnreadableBodyKey, !readable);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
