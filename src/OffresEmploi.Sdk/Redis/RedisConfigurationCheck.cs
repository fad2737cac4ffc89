using System.Runtime.CompilerServices;
using StackExchange.Redis;

namespace OffresEmploi.Sdk.Redis;

/// <summary>Checks that <see cref="OffresEmploiOptions.RedisConfiguration"/> is a configuration string StackExchange.Redis can read.</summary>
/// <remarks>No field and no Redis type in its signature: the validator calls it only when the setting is set, so the
/// Redis assembly is not loaded otherwise.</remarks>
internal static class RedisConfigurationCheck
{
    /// <summary>Returns why the configuration string cannot be read, with its password masked, or null when it can.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static string? FindError(string configuration)
    {
        try
        {
            _ = ConfigurationOptions.Parse(configuration);
            return null;
        }
        catch (ArgumentException e)
        {
            // StackExchange.Redis may quote the part it could not read, password included.
            return SensitiveDataRedactor.Redact(e.Message, new KnownSecrets(null, RedisConfigurationText.Secrets(configuration)));
        }
    }
}
