using PublicApiGenerator;
using Snapshooter.Xunit3;

namespace OffresEmploi.Sdk.Tests.PublicApi;

/// <summary>Any change to the SDK's public surface shows up as a snapshot diff to review (see docs/codegen.md).</summary>
public class PublicApiTests
{
    [Fact]
    public void OffresEmploiSdk_PublicApi_MatchesSnapshot()
    {
        var publicApi = typeof(OffresEmploiClient).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // The assembly's own attributes (target framework, InternalsVisibleTo) are not API.
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute"],
        });

        Snapshot.Match(publicApi);
    }

    [Fact]
    public void OffresEmploiSdk_PublicApi_HasNoPublicTypeOutsideTheSdkNamespaces()
    {
        var publicTypes = typeof(OffresEmploiClient).Assembly.GetExportedTypes();

        Assert.NotEmpty(publicTypes);
        // The DI entry point lives in Microsoft.Extensions.DependencyInjection by convention (found without a using).
        Assert.All(
            publicTypes.Where(type => type.Name != "OffresEmploiServiceCollectionExtensions"),
            type => Assert.StartsWith("OffresEmploi.Sdk", type.Namespace, StringComparison.Ordinal));
        Assert.Equal(
            "Microsoft.Extensions.DependencyInjection",
            Assert.Single(publicTypes, type => type.Name == "OffresEmploiServiceCollectionExtensions").Namespace);
        Assert.DoesNotContain(publicTypes, type => type.Name == "Converter");
    }
}
