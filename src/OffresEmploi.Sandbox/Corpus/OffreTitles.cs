namespace OffresEmploi.Sandbox.Corpus;

/// <summary>Builds offer titles (intitule) from appellation labels, as recruiters write them.</summary>
internal static class OffreTitles
{
    /// <summary>Turns "Agent / Agente de propreté de locaux" into "Agent de propreté de locaux": the first
    /// (masculine) form, completed with the words the two forms share at their end.</summary>
    public static string Masculine(string appellation)
    {
        var parts = appellation.Split(" / ");
        if (parts.Length < 2)
        {
            return appellation.Trim();
        }

        var head = parts[0].Trim();
        var headWords = head.Split(' ').Length;
        var second = parts[1].Trim().Split(' ');
        return second.Length > headWords ? head + " " + string.Join(' ', second[headWords..]) : head;
    }

    /// <summary>The title of an offer: the masculine label in one of the usual shapes.</summary>
    public static string Intitule(string appellation, int variant)
    {
        var label = Masculine(appellation);
        return variant switch
        {
            0 => label + " (H/F)",
            1 => label + " H/F",
            2 => label + " (F/H)",
            3 => label,
            _ => label.ToUpperInvariant() + " (H/F)",
        };
    }
}
