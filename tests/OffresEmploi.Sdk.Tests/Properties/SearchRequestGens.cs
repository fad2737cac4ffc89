using CsCheck;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Testing.Properties;

namespace OffresEmploi.Sdk.Tests.Properties;

/// <summary>Generators of <see cref="OffresSearchRequest"/>: every one of the 42 parameters, valid and invalid.</summary>
internal sealed partial class SearchRequestGens
{
    private readonly KnownCodes _codes;

    public SearchRequestGens(KnownCodes codes)
    {
        _codes = codes;
        Parameters = [.. Scalars(), .. Lists(), .. Codes(), .. Numbers()];
        Any = Compose(Parameters.Select(p => p.Any));
        Valid = Compose(Parameters.Where(p => p.Valid is not null).Select(p => p.Valid!));
    }

    /// <summary>Gets the parameter generators; together they set all 42 parameters.</summary>
    public IReadOnlyList<ParameterGen> Parameters { get; }

    /// <summary>Gets requests setting 0 to 6 parameters, each valid or not.</summary>
    public Gen<OffresSearchRequest> Any { get; }

    /// <summary>Gets requests setting 0 to 6 parameters, all to values the API accepts.</summary>
    public Gen<OffresSearchRequest> Valid { get; }

    private static Gen<OffresSearchRequest> Compose(IEnumerable<Gen<Func<OffresSearchRequest, OffresSearchRequest>>> edits) =>
        Gen.OneOf<Func<OffresSearchRequest, OffresSearchRequest>>([.. edits]).Array[0, 6].Select(all => all.Aggregate(new OffresSearchRequest(), (request, edit) => edit(request)));

    private Gen<string> Known(string referentiel) => Gen.OneOf(_codes[referentiel]);

    /// <summary>A known code, an edge string, or a known code with stray characters around it.</summary>
    private Gen<string> AnyCode(string referentiel) => Gen.Frequency<string>(
        (2, NastyValues.String),
        (1, Gen.Select(Known(referentiel), NastyValues.String, (code, noise) => code + noise)));

    private Gen<string[]> KnownList(string referentiel, int max) => Known(referentiel).Array[1, max];

    private Gen<string[]> AnyList(string referentiel, int max) => Gen.Frequency<string[]>(
        (2, Gen.Frequency<string>((3, Known(referentiel)), (1, AnyCode(referentiel))).Array[0, max + 2]),
        (1, Known(referentiel).Array[max + 1, max + 4]));

    /// <summary>An extensible code type: its known values; or <c>default</c>, an edge string or a made-up code.</summary>
    private static (Gen<T> Valid, Gen<T> Other) CodeType<T>(IReadOnlyList<T> known, Func<string, T> create)
        where T : struct => (
        Gen.OneOf(known.ToArray()),
        Gen.Frequency<T>((1, Gen.Const(default(T))), (3, NastyValues.String.Select(create)), (2, Gen.Char.AlphaNumeric.Array[1, 4].Select(c => create(new string(c))))));
}
