namespace OffresEmploi.Sandbox.Http;

/// <summary>
/// The API's 400 messages. Those with a known wording are verbatim (collected by third parties
/// from real responses); the others follow the same two patterns, "Format du paramètre « x »
/// incorrect. … attendu." for syntax and "Valeur du paramètre « x » incorrecte." for unknown codes.
/// </summary>
internal static class ParameterMessages
{
    public const string RangeTooLarge = "La plage de résultats demandée est trop importante.";

    public const string RangeFormat = "Format du paramètre « range » incorrect. <entier>-<entier> attendu.";

    public const string RangeReversed = "La position de début doit être inférieure ou égale à la position de fin.";

    public const string MotsCles = "Format du paramètre « motsCles » incorrect. 7 mots-clé au maximum séparés par des virgules et d'au moins 2 caractères.";

    public const string GrandDomaine = "Format du paramètre « grandDomaine » incorrect. A, B, C, C15, D, E, F, G, H, I, J, K, L, L14, M15, M18, M, M16, M17, M13, M14 ou N attendu.";

    public const string OffreId = "Le format de l'id de l'offre recherchée est incorrect.";

    public static string RangeStart(int max) => $"La position de début doit être inférieure ou égale à {max}.";

    public static string RangeEnd(int max) => $"La position de fin doit être inférieure ou égale à {max}.";

    public static string Format(string name, string expected) => $"Format du paramètre « {name} » incorrect. {expected}";

    public static string Value(string name) => $"Valeur du paramètre « {name} » incorrecte.";

    public static string TooManyValues(string name, int max) =>
        Format(name, $"{max} valeurs au maximum séparées par des virgules.");

    public static string Boolean(string name) => Format(name, "Booléen attendu.");

    public static string Required(string name, string because) =>
        $"Le paramètre « {name} » est obligatoire lorsque « {because} » est renseigné.";

    public static string Order(string min, string max) =>
        $"Le paramètre « {min} » doit être inférieur ou égal au paramètre « {max} ».";
}
