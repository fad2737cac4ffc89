using OffresEmploi.Sdk.AI.Backend;
using OffresEmploi.Sdk.Places;

namespace OffresEmploi.Sdk.AI.Tools;

/// <summary>What every tool shares: the API, the place resolver and the options.</summary>
internal sealed class ToolContext(IOffresBackend backend, OffresEmploiToolsOptions options)
{
    private readonly PlaceResolver? _places = options.PlaceResolver;

    public IOffresBackend Backend { get; } = backend;

    /// <summary>Gets the place resolver; the default one loads its data on first use, not at startup.</summary>
    public PlaceResolver Places => _places ?? PlaceResolver.Default;

    public string? Notice { get; } = string.IsNullOrWhiteSpace(options.Notice) ? null : options.Notice.Trim();

    public int MaxResultLength { get; } = options.MaxResultLength;
}
