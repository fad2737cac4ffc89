using CsCheck;
using OffresEmploi.Sdk.Models;
using OffresEmploi.Testing.Properties;

namespace OffresEmploi.Sdk.Tests.Properties;

/// <summary>
/// One search parameter (or a pair that only makes sense together) as two generators of request edits: values the API
/// accepts, and any value (valid, edge or invalid, half and half).
/// </summary>
/// <remarks>A parameter that is only valid with another one (<c>salaireMin</c> alone, say) has no <see cref="Valid"/> of its own:
/// its pair provides the valid values.</remarks>
internal sealed record ParameterGen(string Name, Gen<Func<OffresSearchRequest, OffresSearchRequest>>? Valid, Gen<Func<OffresSearchRequest, OffresSearchRequest>> Any)
{
    /// <summary>A parameter drawn from <paramref name="values"/> only, never in the valid requests (it needs its pair).</summary>
    public static ParameterGen Alone<T>(string name, Gen<T> values, Func<OffresSearchRequest, T, OffresSearchRequest> set) =>
        new(name, null, values.Select(v => Edit(set, v)));

    public static ParameterGen Of<T>(string name, Gen<T> valid, Gen<T> other, Func<OffresSearchRequest, T, OffresSearchRequest> set) => new(
        name,
        valid.Select(v => Edit(set, v)),
        Gen.Frequency<T>((1, valid), (1, other)).Select(v => Edit(set, v)));

    /// <summary>A pair whose valid values depend on each other; <see cref="Any"/> still draws each side freely.</summary>
    public static ParameterGen Pair<T1, T2>(string name, Gen<(T1, T2)> valid, Gen<T1> other1, Gen<T2> other2, Func<OffresSearchRequest, T1, T2, OffresSearchRequest> set) => new(
        name,
        valid.Select(v => Edit(set, v.Item1, v.Item2)),
        Gen.Frequency<(T1, T2)>((1, valid), (1, Gen.Select(other1, other2))).Select(v => Edit(set, v.Item1, v.Item2)));

    private static Func<OffresSearchRequest, OffresSearchRequest> Edit<T>(Func<OffresSearchRequest, T, OffresSearchRequest> set, T value) => r => set(r, value);

    private static Func<OffresSearchRequest, OffresSearchRequest> Edit<T1, T2>(Func<OffresSearchRequest, T1, T2, OffresSearchRequest> set, T1 a, T2 b) => r => set(r, a, b);
}
