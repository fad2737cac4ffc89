using Microsoft.Extensions.Options;

namespace OffresEmploi.Sdk;

/// <summary>Checks the rules of <see cref="OffresEmploiOptions"/> that span several properties or that annotations cannot express.</summary>
internal sealed class OffresEmploiOptionsCustomValidator : IValidateOptions<OffresEmploiOptions>
{
    /// <summary>Validates both the annotations and the cross-property rules, throwing <see cref="OptionsValidationException"/> on failure.</summary>
    public static void ThrowIfInvalid(OffresEmploiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var result in new[] { new OffresEmploiOptionsValidator().Validate(null, options), new OffresEmploiOptionsCustomValidator().Validate(null, options) })
        {
            if (result.Failed)
            {
                failures.AddRange(result.Failures ?? [result.FailureMessage]);
            }
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(OffresEmploiOptions), failures);
        }
    }

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, OffresEmploiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new ValidateOptionsResultBuilder();

        // ClientId, ClientSecret, Scopes, Realm and the addresses being set (not blank) is the [Required] annotations'
        // job (OffresEmploiOptionsValidator): checking it here too would report each missing setting twice.
        CheckHttpUri(builder, options.BaseAddress, nameof(options.BaseAddress));
        CheckHttpUri(builder, options.TokenEndpoint, nameof(options.TokenEndpoint));
        if (options.BaseAddress is { IsAbsoluteUri: true } baseAddress && !baseAddress.AbsolutePath.EndsWith('/'))
        {
            builder.AddError("must end with '/', otherwise relative paths replace its last segment.", nameof(options.BaseAddress));
        }

        // TimeSpan bounds live here rather than in [Range(typeof(TimeSpan), ...)], whose constructor is not trim-safe.
        CheckRange(builder, options.TokenRefreshMargin, TimeSpan.Zero, TimeSpan.FromMinutes(10), nameof(options.TokenRefreshMargin));
        CheckRange(builder, options.RetryBaseDelay, TimeSpan.Zero, TimeSpan.FromMinutes(5), nameof(options.RetryBaseDelay));
        CheckRange(builder, options.MaxRetryDelay, TimeSpan.Zero, TimeSpan.FromHours(1), nameof(options.MaxRetryDelay));
        CheckRange(builder, options.AttemptTimeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromDays(1), nameof(options.AttemptTimeout));
        CheckRange(builder, options.TotalTimeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromDays(1), nameof(options.TotalTimeout));
        CheckRange(builder, options.ReferentielCacheLifetime, TimeSpan.Zero, TimeSpan.FromDays(30), nameof(options.ReferentielCacheLifetime));

        if (options.AttemptTimeout > options.TotalTimeout)
        {
            builder.AddError($"({options.AttemptTimeout}) must not exceed TotalTimeout ({options.TotalTimeout}).", nameof(options.AttemptTimeout));
        }

        if (options.RetryBaseDelay > options.MaxRetryDelay)
        {
            builder.AddError($"({options.RetryBaseDelay}) must not exceed MaxRetryDelay ({options.MaxRetryDelay}).", nameof(options.RetryBaseDelay));
        }

        if (double.IsNaN(options.RequestsPerSecond))
        {
            builder.AddError("must be a number.", nameof(options.RequestsPerSecond));
        }

        // Here rather than in [Range]: the generated validator's message would not name the environment variable.
        if (options.RedisFallbackReplicas is < 1 or > 1000)
        {
            builder.AddError(
                $"({options.RedisFallbackReplicas}) must be a number of processes from 1 to 1000 ({OffresEmploiOptions.RedisFallbackReplicasVariable} for FromEnvironment).",
                nameof(options.RedisFallbackReplicas));
        }

        if (options.UsesRedis && Redis.RedisConfigurationCheck.FindError(options.RedisConfiguration!) is { } redisError)
        {
            builder.AddError(
                $"is not a StackExchange.Redis configuration string ({OffresEmploiOptions.RedisVariable} for FromEnvironment): {redisError}",
                nameof(options.RedisConfiguration));
        }

        if (options.RangeLimits is { } limits)
        {
            if (limits.MaxFirst > limits.MaxLast)
            {
                builder.AddError($"MaxFirst ({limits.MaxFirst}) must not exceed MaxLast ({limits.MaxLast}).", nameof(options.RangeLimits));
            }
        }

        return builder.Build();
    }

    private static void CheckRange(ValidateOptionsResultBuilder builder, TimeSpan value, TimeSpan min, TimeSpan max, string name)
    {
        if (value < min || value > max)
        {
            builder.AddError($"({value}) must be between {min} and {max}.", name);
        }
    }

    private static void CheckHttpUri(ValidateOptionsResultBuilder builder, Uri? uri, string name)
    {
        if (uri is null)
        {
            return;
        }

        if (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            builder.AddError("must be an absolute http(s) URL.", name);
        }
    }
}
