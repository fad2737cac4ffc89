using PublicApiGenerator;
using Snapshooter.Xunit3;

namespace OffresEmploi.Sdk.AI.Tests.PublicApi;

/// <summary>Any change to the package's public surface shows up as a snapshot diff to review.</summary>
public class PublicApiTests
{
    [Fact]
    public void OffresEmploiSdkAI_PublicApi_MatchesSnapshot()
    {
        var publicApi = typeof(OffresEmploiTools).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute"],
        });

        Snapshot.Match(publicApi);
    }
}
