using System.Globalization;
using CsCheck;
using OffresEmploi.Testing.Properties;

namespace OffresEmploi.Sdk.Tests.Properties;

/// <summary>Single-valued strings, booleans and the range.</summary>
internal sealed partial class SearchRequestGens
{
    private static readonly Gen<string> s_validRange =
        from first in Gen.Frequency<int>((3, Gen.Int[0, 3000]), (1, Gen.OneOf(0, 2850, 2999, 3000)))
        from size in Gen.Frequency<int>((3, Gen.Int[1, 150]), (1, Gen.OneOf(1, 150)))
        select string.Create(CultureInfo.InvariantCulture, $"{first}-{Math.Min(first + size - 1, 3149)}");

    private static readonly Gen<string> s_anyRange = Gen.Frequency<string>(
        (2, NastyValues.String),
        (2, Gen.OneOf("0_149", "-1-5", "1-", "-5", "-", "1--2", "+1-5", " 0-5", "0-5 ", "٠-٥", "0-149-2", "0x0-0x9", "1.0-5", "0-0", "00-0149",
            "99999999999-1", "0-2147483648", "2147483647-2147483647", "5-1", "0-150", "1-150", "3001-3010", "3000-3149", "3000-3150", "3149-3149")),
        (1, Gen.Select(NastyValues.Int, NastyValues.Int, (a, b) => string.Create(CultureInfo.InvariantCulture, $"{a}-{b}"))));

    private IEnumerable<ParameterGen> Scalars()
    {
        yield return ParameterGen.Of("range", s_validRange, s_anyRange, (r, v) => r with { Range = v });
        yield return ParameterGen.Of("domaine", Known("domaines"), AnyCode("domaines"), (r, v) => r with { Domaine = v });
        yield return ParameterGen.Of("appellation", Known("appellations"), AnyCode("appellations"), (r, v) => r with { Appellation = v });
        yield return ParameterGen.Of("paysContinent", Gen.OneOf<string>(Known("pays"), Known("continents")), AnyCode("pays"), (r, v) => r with { PaysContinent = v });

        // Booleans have no invalid value: the type rules it out. Both values must pass.
        yield return ParameterGen.Of("tempsPlein", Gen.Bool, Gen.Bool, (r, v) => r with { TempsPlein = v });
        yield return ParameterGen.Of("inclureLimitrophes", Gen.Bool, Gen.Bool, (r, v) => r with { InclureLimitrophes = v });
        yield return ParameterGen.Of("accesTravailleurHandicape", Gen.Bool, Gen.Bool, (r, v) => r with { AccesTravailleurHandicape = v });
        yield return ParameterGen.Of("offresMRS", Gen.Bool, Gen.Bool, (r, v) => r with { OffresMrs = v });
        yield return ParameterGen.Of("offresManqueCandidats", Gen.Bool, Gen.Bool, (r, v) => r with { OffresManqueCandidats = v });
        yield return ParameterGen.Of("entreprisesAdaptees", Gen.Bool, Gen.Bool, (r, v) => r with { EntreprisesAdaptees = v });
        yield return ParameterGen.Of("employeursHandiEngages", Gen.Bool, Gen.Bool, (r, v) => r with { EmployeursHandiEngages = v });
    }
}
