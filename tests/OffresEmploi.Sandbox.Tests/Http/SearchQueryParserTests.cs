using OffresEmploi.Sandbox.Http;
using OffresEmploi.Sandbox.Search;

namespace OffresEmploi.Sandbox.Tests.Http;

public class SearchQueryParserTests
{
    private static SandboxSearchQuery Parse(string query) => SearchQueryParser.Parse(QueryParameters.Parse(query));

    [Fact]
    public void Parse_Empty_SetsNoFilterAndSortZero()
    {
        var query = Parse(string.Empty);

        Assert.Equal(new SandboxSearchQuery(), query with { });
        Assert.Equal(0, query.Sort);
        Assert.Empty(query.MotsCles);
        Assert.Null(query.TempsPlein);
    }

    [Fact]
    public void Parse_Lists_AreSplitOnCommasAndTrimmed()
    {
        var query = Parse("typeContrat=CDI,%20CDD&motsCles=d%C3%A9veloppeur+web,java&partenaires=A,,B");

        Assert.Equal(["CDI", "CDD"], query.TypeContrat);
        Assert.Equal(["développeur web", "java"], query.MotsCles);
        Assert.Equal(["A", "B"], query.Partenaires);
    }

    [Fact]
    public void Parse_RepeatedParameter_JoinsTheValues()
    {
        Assert.Equal(["CDI", "CDD"], Parse("typeContrat=CDI&typeContrat=CDD").TypeContrat);
    }

    [Fact]
    public void Parse_TypedValues_AreConverted()
    {
        var query = Parse("tempsPlein=false&inclureLimitrophes=True&distance=0&publieeDepuis=31&salaireMin=1400.5&periodeSalaire=H"
            + "&minCreationDate=2026-01-02T03:04:05Z&dureeHebdoMin=800&dureeHebdoMax=2430&dureeContratMin=0.5&sort=2&offresMRS=true");

        Assert.False(query.TempsPlein);
        Assert.True(query.InclureLimitrophes);
        Assert.Equal(0, query.Distance);
        Assert.Equal(31, query.PublieeDepuis);
        Assert.Equal(1400.5m, query.SalaireMin);
        Assert.Equal("H", query.PeriodeSalaire);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), query.MinCreationDate);
        Assert.Equal(800, query.DureeHebdoMin);
        Assert.Equal(2430, query.DureeHebdoMax);
        Assert.Equal(0.5, query.DureeContratMin);
        Assert.Equal(2, query.Sort);
        Assert.True(query.OffresMrs);
    }

    [Fact]
    public void Parse_ParameterNames_AreCaseSensitiveLikeTheApi()
    {
        var query = Parse("coderome=ZZZZZ&TEMPSPLEIN=nope");

        Assert.Empty(query.CodeRome);
        Assert.Null(query.TempsPlein);
    }

    [Fact]
    public void Parse_FirstBadParameterInSpecOrder_IsReported()
    {
        var error = Assert.Throws<InvalidParameterException>(() => Parse("tempsPlein=x&sort=9"));

        Assert.Equal("Format du paramètre « sort » incorrect. 0, 1 ou 2 attendu.", error.Message);
    }
}
