namespace OffresEmploi.Sandbox.Tests;

public class SmokeTests
{
    [Fact]
    public void Sandbox_Assembly_IsReferenced() =>
        Assert.Contains(typeof(SmokeTests).Assembly.GetReferencedAssemblies(), a => a.Name == "xunit.v3.core");
}
