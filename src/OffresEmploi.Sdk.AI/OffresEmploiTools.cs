using OffresEmploi.Sdk.AI.Tools;

namespace OffresEmploi.Sdk.AI;

/// <summary>Creates the France Travail tools: <c>search_offers</c>, <c>get_offer</c>, <c>lookup_referentiel</c>, <c>resolve_location</c> and <c>summarize_market</c>.</summary>
/// <example>
/// <code>
/// var tools = OffresEmploiTools.Create(client);
/// var chat = new ChatClientBuilder(innerClient).UseFunctionInvocation().Build();
/// var answer = await chat.GetResponseAsync("CDI de boulanger près d'Annecy ?", new ChatOptions { Tools = [.. tools] });
/// </code>
/// </example>
public static class OffresEmploiTools
{
    /// <summary>The name of the tool that searches offers: <c>search_offers</c>.</summary>
    public const string SearchOffers = "search_offers";

    /// <summary>The name of the tool that reads one offer: <c>get_offer</c>.</summary>
    public const string GetOffer = "get_offer";

    /// <summary>The name of the tool that finds referentiel codes: <c>lookup_referentiel</c>.</summary>
    public const string LookupReferentiel = "lookup_referentiel";

    /// <summary>The name of the tool that resolves place names: <c>resolve_location</c>.</summary>
    public const string ResolveLocation = "resolve_location";

    /// <summary>The name of the tool that summarizes a market: <c>summarize_market</c>.</summary>
    public const string SummarizeMarket = "summarize_market";

    /// <summary>Creates the five tools over a client.</summary>
    /// <param name="client">The client that calls France Travail's API (or the sandbox).</param>
    /// <param name="options">The tools' settings; <see langword="null"/> for the defaults.</param>
    /// <returns>The tools, in the order a model usually needs them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static IReadOnlyList<OffresEmploiTool> Create(OffresEmploiClient client, OffresEmploiToolsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        options ??= new OffresEmploiToolsOptions();
        options.Validate();
        var context = new ToolContext(client, options);
        return
        [
            new ResolveLocationTool(context),
            new SearchOffersTool(context),
            new GetOfferTool(context),
            new LookupReferentielTool(context),
            new SummarizeMarketTool(context),
        ];
    }
}
