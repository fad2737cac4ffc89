namespace OffresEmploi.Sdk;

/// <summary>The France Travail service a request was sent to: the API itself, or the OAuth 2.0 token endpoint that issues access tokens.</summary>
/// <remarks>
/// They are two hosts with their own settings (<see cref="OffresEmploiOptions.BaseAddress"/> and
/// <see cref="OffresEmploiOptions.TokenEndpoint"/>) and their own outages, so an error names the one that failed.
/// </remarks>
public enum OffresEmploiEndpoint
{
    /// <summary>The API Offres d'emploi (<see cref="OffresEmploiOptions.BaseAddress"/>, <c>api.francetravail.io</c> by default).</summary>
    Api = 0,

    /// <summary>The OAuth 2.0 token endpoint (<see cref="OffresEmploiOptions.TokenEndpoint"/>, <c>entreprise.francetravail.fr</c> by default).</summary>
    Token = 1,
}
