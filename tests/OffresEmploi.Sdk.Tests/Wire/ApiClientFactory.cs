using OffresEmploi.Sdk.Serialization;
using Refit;

namespace OffresEmploi.Sdk.Tests.Wire;

/// <summary>Creates the generated Refit client over a test handler, the way the SDK wires it.</summary>
internal static class ApiClientFactory
{
    public static readonly Uri BaseAddress = new("https://api.francetravail.io/partenaire/offresdemploi");

    public static IOffresEmploiApi Create(HttpMessageHandler handler) =>
        RestService.ForGenerated<IOffresEmploiApi>(new HttpClient(handler) { BaseAddress = BaseAddress }, OffresEmploiRefitSettings.Create());
}
