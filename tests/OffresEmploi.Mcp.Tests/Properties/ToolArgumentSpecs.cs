using CsCheck;
using static OffresEmploi.Mcp.Tests.Properties.JsonValues;

namespace OffresEmploi.Mcp.Tests.Properties;

/// <summary>Each tool's declared arguments: their JSON kind and values a careful model would send.</summary>
internal static class ToolArgumentSpecs
{
    private static (string, Gen<string>) K(string kind, params string[] good) => (kind, Gen.OneOf(good));

    private static Dictionary<string, (string Kind, Gen<string> Good)> Filters(bool full)
    {
        var filters = new Dictionary<string, (string, Gen<string>)>(StringComparer.Ordinal)
        {
            ["keywords"] = K("string", Str("boulanger"), Str("developpeur,java"), Str("aide-soignant")),
            ["location"] = K("string", Str("Annecy"), Str("Paris 15e"), Str("74000"), Str("Haute-Savoie"), Str("Bretagne"), Str("Saint-Denis"), Str("Lyon 3e")),
            ["radius_km"] = K("integer", "0", "10", "200", Str("25")),
            ["contract"] = K("array", "[\"CDI\"]", Str("CDD,MIS"), "[\"cdi\",\"SAI\"]"),
            ["experience"] = K("string", Str("1"), Str("3"), "2"),
            ["qualification"] = K("string", Str("0"), Str("9")),
            ["published_since"] = K("integer", "1", "3", "7", "14", "31"),
            ["rome"] = K("array", "[\"D1102\"]", Str("M1805,M1806"), "[\"K2204\"]"),
        };
        if (full)
        {
            filters["commune"] = K("array", "[\"74010\"]", Str("75056"), "[\"74010\",\"74011\"]");
            filters["departement"] = K("array", "[\"74\"]", Str("2A"), "[\"971\",\"33\"]");
            filters["region"] = K("string", Str("84"), Str("11"));
            filters["nature"] = K("array", "[\"E2\",\"FS\"]", Str("E1"));
            filters["full_time"] = K("boolean", "true", "false", Str("true"));
            filters["salary_min"] = K("number", "2000", "1800.5", Str("2500"));
            filters["salary_period"] = K("string", Str("M"), Str("A"), Str("h"));
        }

        return filters;
    }

    public static IReadOnlyDictionary<string, (string Kind, Gen<string> Good)> SearchOffers(IReadOnlyList<string> cursors)
    {
        var arguments = Filters(full: true);
        arguments["sort"] = K("string", Str("relevance"), Str("date"), Str("distance"));
        arguments["page_size"] = K("integer", "1", "10", "50");
        arguments["cursor"] = ("string", Gen.OneOf(
        [
            .. cursors.Select(Str),
            ToolCallGens.Cursor("{}"),
            ToolCallGens.Cursor("null"),
            ToolCallGens.Cursor("{\"filters\":null,\"sort\":\"date\",\"offset\":0,\"pageSize\":10}"),
            ToolCallGens.Cursor("{\"filters\":{},\"sort\":null,\"offset\":-5,\"pageSize\":10}"),
            ToolCallGens.Cursor("{\"filters\":{\"keywords\":[\"a\"],\"commune\":[\"x\"],\"distance\":-3,\"salaryMin\":-1},\"sort\":\"date\",\"offset\":0,\"pageSize\":10}"),
            ToolCallGens.Cursor("{\"filters\":{\"rome\":[\"ZZZZZ\"],\"contract\":[\"??\"]},\"sort\":\"x\",\"offset\":3100,\"pageSize\":50}"),
            ToolCallGens.Cursor("[1,2,3]"),
            Str("not a cursor"),
        ]));
        return arguments;
    }

    public static IReadOnlyDictionary<string, (string Kind, Gen<string> Good)> SummarizeMarket()
    {
        var arguments = Filters(full: false);
        arguments["sample_size"] = K("integer", "0", "20", "150");
        return arguments;
    }

    public static IReadOnlyDictionary<string, (string Kind, Gen<string> Good)> GetOffer(IReadOnlyList<string> ids) => new Dictionary<string, (string, Gen<string>)>
    {
        ["id"] = ("string", Gen.OneOf([.. ids.Select(Str), Str("196CWQH"), Str("ABC"), Str("0000000")])),
    };

    public static IReadOnlyDictionary<string, (string Kind, Gen<string> Good)> LookupReferentiel() => new Dictionary<string, (string, Gen<string>)>
    {
        ["name"] = K("string", Str("metiers"), Str("communes"), Str("typesContrats"), Str("NATURESCONTRATS"), Str("langues")),
        ["query"] = K("string", Str("boulanger"), Str("annecy"), Str("a"), Str("CDI")),
        ["limit"] = K("integer", "1", "20", "100"),
    };

    public static IReadOnlyDictionary<string, (string Kind, Gen<string> Good)> ResolveLocation() => new Dictionary<string, (string, Gen<string>)>
    {
        ["query"] = K("string", Str("Annecy"), Str("74000"), Str("Saint-Denis"), Str("Lyon 3e"), Str("Corse-du-Sud"), Str("Bretagne")),
        ["limit"] = K("integer", "1", "5", "10"),
    };
}
