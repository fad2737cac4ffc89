namespace OffresEmploi.Sdk.Models;

/// <summary>What a <see cref="Place"/> is. A closed set of the SDK's own, not an API code list.</summary>
public enum PlaceKind
{
    /// <summary>A commune (or a municipal arrondissement of Paris, Lyon or Marseille); its code is the INSEE code.</summary>
    Commune,

    /// <summary>A département; its code is the département code (<c>74</c>, <c>2A</c>, <c>971</c>).</summary>
    Departement,

    /// <summary>A région; its code is the région code of the <c>regions</c> referentiel (<c>84</c>).</summary>
    Region,
}
