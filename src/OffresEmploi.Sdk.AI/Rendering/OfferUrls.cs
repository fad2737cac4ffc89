namespace OffresEmploi.Sdk.AI.Rendering;

/// <summary>The public page of an offer on France Travail's site.</summary>
internal static class OfferUrls
{
    public const string Prefix = "https://candidat.francetravail.fr/offres/recherche/detail/";

    public static string For(string id) => Prefix + Uri.EscapeDataString(id);
}
