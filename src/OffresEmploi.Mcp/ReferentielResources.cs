using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using OffresEmploi.Sdk;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Mcp;

/// <summary>The 16 referentiels as resources (<c>offres-emploi://referentiels/{name}</c>, JSON), for clients that let the user attach them.</summary>
internal sealed class ReferentielResources(Func<string, CancellationToken, Task<string>> readJson)
{
    public const string UriPrefix = "offres-emploi://referentiels/";

    public static IReadOnlyList<string> Names => OffresEmploiClient.ReferentielNames;

    public static ValueTask<ListResourcesResult> ListAsync(RequestContext<ListResourcesRequestParams> request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ListResourcesResult
        {
            Resources = [.. Names.Select(name => new Resource
            {
                Uri = UriPrefix + name,
                Name = name,
                Description = $"France Travail referentiel '{name}': {new ReferentielName(name).Label} (JSON array, as the API sends it).",
                MimeType = "application/json",
            })],
        });

    public async ValueTask<ReadResourceResult> ReadAsync(RequestContext<ReadResourceRequestParams> request, CancellationToken cancellationToken)
    {
        var uri = request.Params?.Uri ?? "";
        var name = uri.StartsWith(UriPrefix, StringComparison.Ordinal) ? uri[UriPrefix.Length..] : null;
        if (name is null || !Names.Contains(name))
        {
            throw new McpException($"Unknown resource '{uri}'. Resources: {UriPrefix}{{{string.Join("|", Names)}}}.");
        }

        var json = await readJson(name, cancellationToken).ConfigureAwait(false);
        return new ReadResourceResult
        {
            Contents = [new TextResourceContents { Uri = uri, MimeType = "application/json", Text = json }],
        };
    }
}
