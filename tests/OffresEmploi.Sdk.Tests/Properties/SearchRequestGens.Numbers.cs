using System.Globalization;
using CsCheck;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Testing.Properties;

namespace OffresEmploi.Sdk.Tests.Properties;

/// <summary>Numbers, dates and the parameters that go in pairs (salary and period, commune and distance, min and max).</summary>
internal sealed partial class SearchRequestGens
{
    private static readonly Gen<double> s_validSalary = Gen.Frequency<double>((2, Gen.Int[0, 200_000].Select(i => (double)i)), (1, Gen.Double[0, 1_000_000]), (1, Gen.OneOf(0.0, 0.01, 1400.5)));

    private static readonly Gen<double> s_validMonths = Gen.Frequency<double>((2, Gen.Int[0, 99].Select(i => (double)i)), (1, Gen.Double[0, 99]), (1, Gen.OneOf(0.0, 0.5, 1e-7, 99.0)));

    private static readonly Gen<string> s_validHhmm = Gen.Select(Gen.Int[0, 99], Gen.Int[0, 59], (h, m) => (h * 100 + m).ToString(CultureInfo.InvariantCulture));

    private static readonly Gen<string> s_anyHhmm = Gen.Frequency<string>(
        (2, s_validHhmm),
        (1, NastyValues.String),
        (1, Gen.OneOf("0800", "00800", "12345", "0860", "2460", "-100", "+800", " 800", "8h00", "8:00", "٨٠٠", "10000", "9959", "0")),
        (1, NastyValues.Int.Select(i => i.ToString(CultureInfo.InvariantCulture))));

    private static readonly Gen<DateTimeOffset> s_validDate =
        from ticks in Gen.Long[new DateTime(2000, 1, 1).Ticks, new DateTime(2030, 1, 1).Ticks]
        from offsetMinutes in Gen.Int[-12 * 60, 14 * 60]
        select new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(offsetMinutes));

    private static readonly Gen<int> s_validDistance = Gen.Frequency<int>((4, Gen.Int[0, 200]), (1, Gen.OneOf(0, 1000, int.MaxValue)));

    private IEnumerable<ParameterGen> Numbers()
    {
        var (period, otherPeriod) = CodeType(PeriodeSalaire.KnownValues, v => new PeriodeSalaire(v));
        yield return ParameterGen.Pair("salaireMin+periodeSalaire", Gen.Select(s_validSalary, period, (s, p) => ((double?)s, (PeriodeSalaire?)p)), NastyValues.Double.Nullable(), Gen.Frequency<PeriodeSalaire>((1, period), (1, otherPeriod)).Nullable(), (r, s, p) => r with { SalaireMin = s, PeriodeSalaire = p });
        yield return ParameterGen.Alone("salaireMin", Gen.Frequency<double>((1, s_validSalary), (1, NastyValues.Double)), (r, v) => r with { SalaireMin = v });
        yield return ParameterGen.Alone("periodeSalaire", Gen.Frequency<PeriodeSalaire>((1, period), (1, otherPeriod)), (r, v) => r with { PeriodeSalaire = v });

        yield return ParameterGen.Pair("commune+distance", Gen.Select(KnownList("communes", 5), s_validDistance, (c, d) => ((string[]?)c, (int?)d)), AnyList("communes", 5).Null(), NastyValues.Int.Nullable(), (r, c, d) => r with { Commune = c, Distance = d });
        yield return ParameterGen.Alone("distance", Gen.Frequency<int>((1, s_validDistance), (1, NastyValues.Int)), (r, v) => r with { Distance = v });

        yield return ParameterGen.Of("publieeDepuis", Gen.Frequency<int>((2, Gen.OneOf(1, 3, 7, 14, 31)), (1, Gen.Int[1, 3650])), NastyValues.Int, (r, v) => r with { PublieeDepuis = v });

        yield return ParameterGen.Pair("minCreationDate+maxCreationDate", Ordered(s_validDate), NastyValues.Date.Nullable(), NastyValues.Date.Nullable(), (r, a, b) => r with { MinCreationDate = a, MaxCreationDate = b });
        yield return ParameterGen.Alone("minCreationDate", Gen.Frequency<DateTimeOffset>((1, s_validDate), (1, NastyValues.Date)), (r, v) => r with { MinCreationDate = v });
        yield return ParameterGen.Alone("maxCreationDate", Gen.Frequency<DateTimeOffset>((1, s_validDate), (1, NastyValues.Date)), (r, v) => r with { MaxCreationDate = v });

        yield return ParameterGen.Pair("dureeHebdoMin+dureeHebdoMax", OrderedHhmm(), s_anyHhmm.Null(), s_anyHhmm.Null(), (r, a, b) => r with { DureeHebdoMin = a, DureeHebdoMax = b });
        yield return ParameterGen.Alone("dureeHebdoMin", s_anyHhmm, (r, v) => r with { DureeHebdoMin = v });
        yield return ParameterGen.Alone("dureeHebdoMax", s_anyHhmm, (r, v) => r with { DureeHebdoMax = v });

        yield return ParameterGen.Pair("dureeContratMin+dureeContratMax", Ordered(s_validMonths), NastyValues.Double.Nullable(), NastyValues.Double.Nullable(), (r, a, b) => r with { DureeContratMin = a, DureeContratMax = b });
        yield return ParameterGen.Alone("dureeContratMin", Gen.Frequency<double>((1, s_validMonths), (1, NastyValues.Double)), (r, v) => r with { DureeContratMin = v });
        yield return ParameterGen.Alone("dureeContratMax", Gen.Frequency<double>((1, s_validMonths), (1, NastyValues.Double)), (r, v) => r with { DureeContratMax = v });
    }

    private static Gen<(T?, T?)> Ordered<T>(Gen<T> values)
        where T : struct, IComparable<T> =>
        Gen.Select(values, values, (a, b) => a.CompareTo(b) <= 0 ? ((T?)a, (T?)b) : (b, a));

    private static Gen<(string?, string?)> OrderedHhmm() =>
        Gen.Select(s_validHhmm, s_validHhmm, (a, b) => int.Parse(a, CultureInfo.InvariantCulture) <= int.Parse(b, CultureInfo.InvariantCulture) ? ((string?)a, (string?)b) : (b, a));
}
