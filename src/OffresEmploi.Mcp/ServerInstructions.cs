namespace OffresEmploi.Mcp;

/// <summary>What the server tells the model once, at initialization: the workflow, and whether offers are real.</summary>
internal static class ServerInstructions
{
    public const string SandboxNotice = "Sandbox mode: simulated offers (no France Travail credentials configured); tell the user these are not real offers.";

    public static string For(bool sandbox)
    {
        var text = """
            France Travail job offers in France (API Offres d'emploi v2), read-only.
            Workflow: 1) places: pass a name as search_offers location, or use resolve_location when unsure and pass the returned code;
            2) search_offers with keywords and a place returns the total and one line per offer with its id (nextCursor for more);
            3) get_offer with an id for the full offer and how to apply.
            lookup_referentiel finds codes (ROME jobs, contract natures, education levels...); summarize_market gives counts and salary quantiles.
            Offer page: https://candidat.francetravail.fr/offres/recherche/detail/<id>. Answer in the user's language.
            """;
        return sandbox ? text + "\n" + SandboxNotice : text;
    }
}
