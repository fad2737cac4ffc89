
namespace OffresEmploi.Sdk.AI;

/// <summary>Settings of the tools created by <see cref="OffresEmploiTools.Create(OffresEmploiClient, OffresEmploiToolsOptions?)"/>.</summary>
public sealed class OffresEmploiToolsOptions
{
    /// <summary>The smallest accepted <see cref="MaxResultLength"/>.</summary>
    public const int MinResultLength = 1_000;

    /// <summary>Gets or sets a line added to every result (text and JSON <c>notice</c>), e.g. to say that offers are simulated.</summary>
    /// <value>Defaults to <see langword="null"/>: no notice.</value>
    public string? Notice { get; set; }

    /// <summary>Gets or sets the size budget of one result's text, in characters; longer results are cut with a hint to narrow the query.</summary>
    /// <value>Defaults to 12,000 characters (about 3,000 tokens). At least <see cref="MinResultLength"/>.</value>
    public int MaxResultLength { get; set; } = 12_000;

    /// <summary>Gets or sets the place resolver used for place names.</summary>
    /// <value>Defaults to <see langword="null"/>: <see cref="PlaceResolver.Default"/>.</value>
    public PlaceResolver? PlaceResolver { get; set; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxResultLength, MinResultLength, nameof(MaxResultLength));
    }
}
