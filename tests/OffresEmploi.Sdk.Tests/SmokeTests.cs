namespace OffresEmploi.Sdk.Tests;

public class SmokeTests
{
    [Fact]
    public void Placeholder_Type_Exists() => Assert.Equal("Placeholder", typeof(Placeholder).Name);
}
