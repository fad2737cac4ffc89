
namespace OffresEmploi.Sdk.AI.Tools;

/// <summary>What every tool shares: the client, the place resolver and the options.</summary>
internal sealed class ToolContext(OffresEmploiClient client, OffresEmploiToolsOptions options)
{
    private readonly PlaceResolver? _places = options.PlaceResolver;

    /// <summary>Gets the client: its validation, retries, rate limiting, error mapping and referentiel cache apply to every tool.</summary>
    public OffresEmploiClient Client { get; } = client;

    /// <summary>Gets the place resolver; the default one loads its data on first use, not at startup.</summary>
    public PlaceResolver Places => _places ?? PlaceResolver.Default;

    public string? Notice { get; } = string.IsNullOrWhiteSpace(options.Notice) ? null : options.Notice.Trim();

    public int MaxResultLength { get; } = options.MaxResultLength;
}
