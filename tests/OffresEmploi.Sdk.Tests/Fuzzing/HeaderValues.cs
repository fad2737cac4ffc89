using System.Globalization;
using CsCheck;

namespace OffresEmploi.Sdk.Tests.Fuzzing;

/// <summary>Generators of header values in every malformed shape the fuzzers send: Content-Range, Retry-After, x-ratelimit-*.</summary>
internal static class HeaderValues
{
    private static readonly Gen<string> Garbage = Gen.Frequency(
        (3, Gen.Char["0123456789-/* ,.+eE"].Array[0, 24].Select(c => new string(c))),
        (2, Gen.String[0, 24]),
        (1, Gen.Const("")),
        (1, Gen.Const(" ")));

    private static readonly Gen<string> Number = Gen.OneOf(
        Gen.Int[-5, 200].Select(Text),
        Gen.Int.Select(Text),
        Gen.Long.Select(l => l.ToString(CultureInfo.InvariantCulture)),
        Gen.OneOf(Gen.Const("2147483647"), Gen.Const("2147483648"), Gen.Const("-2147483648"), Gen.Const("99999999999999999999"), Gen.Const("0"), Gen.Const("-0"), Gen.Const("007")));

    /// <summary>Content-Range: missing, garbage, first &gt; last, total &lt; last, negative, overflowing, unit-less, other units.</summary>
    public static Gen<string?> ContentRange { get; } = Gen.Frequency<string?>(
        (2, Gen.Const((string?)null)),
        (3, Garbage.Select(s => (string?)s)),
        (6, Gen.Select(Gen.OneOf(Gen.Const("offres "), Gen.Const(""), Gen.Const("bytes "), Gen.Const("offres  "), Gen.Const("0ffres ")), Number, Number, Gen.OneOf(Number, Gen.Const("*")), (unit, first, last, total) => (string?)$"{unit}{first}-{last}/{total}")),
        (2, Gen.Select(Gen.OneOf(Gen.Const("offres "), Gen.Const("")), Gen.OneOf(Number, Gen.Const("*")), (unit, total) => (string?)$"{unit}*/{total}")),
        (2, Gen.Select(Gen.Int[0, 3000], Gen.Int[0, 3149], Gen.Int[0, 400_000], (first, last, total) => (string?)$"offres {first}-{last}/{total}")));

    /// <summary>Retry-After: negative, zero, fractional, huge (a year and more), HTTP dates past and far future, garbage.</summary>
    public static Gen<string?> RetryAfter { get; } = Gen.Frequency<string?>(
        (1, Gen.Const((string?)null)),
        (3, Number.Select(s => (string?)s)),
        (2, Gen.OneOf(Gen.Const("31536000"), Gen.Const("315360000000"), Gen.Const("922337203685"), Gen.Const("1e300"), Gen.Const("NaN"), Gen.Const("Infinity"), Gen.Const("-Infinity"), Gen.Const("0.001"), Gen.Const("1.5"), Gen.Const("-1.5")).Select(s => (string?)s)),
        (2, Gen.OneOf(Gen.Const("Wed, 21 Oct 2015 07:28:00 GMT"), Gen.Const("Fri, 31 Dec 9999 23:59:59 GMT"), Gen.Const("Mon, 01 Jan 0001 00:00:00 GMT"), Gen.Const("Tue, 02 Mar 2027 09:00:00 GMT"), Gen.Const("Sun, 99 Foo 2026 25:61:61 GMT")).Select(s => (string?)s)),
        (2, Garbage.Select(s => (string?)s)));

    /// <summary>One x-ratelimit-* value: numbers of every size and sign, NaN, infinities, garbage.</summary>
    public static Gen<string?> RateLimit { get; } = Gen.Frequency<string?>(
        (3, Gen.Const((string?)null)),
        (3, Number.Select(s => (string?)s)),
        (2, Gen.OneOf(Gen.Const("1e-300"), Gen.Const("1e300"), Gen.Const("0.0001"), Gen.Const("NaN"), Gen.Const("Infinity"), Gen.Const("-1e308"), Gen.Const("5e-324"), Gen.Const("2.5")).Select(s => (string?)s)),
        (2, Garbage.Select(s => (string?)s)));

    /// <summary>Content types, including ones with an unknown or broken charset.</summary>
    public static Gen<string?> ContentType { get; } = Gen.Frequency<string?>(
        (6, Gen.Const((string?)"application/json")),
        (2, Gen.Const((string?)"application/json; charset=utf-8")),
        (1, Gen.Const((string?)null)),
        (1, Gen.Const((string?)"text/html")),
        (1, Gen.Const((string?)"application/json; charset=klingon")),
        (1, Gen.Const((string?)"application/json; charset=\"")),
        (1, Gen.Const((string?)"application/json; charset=utf-32")),
        (1, Gen.Const((string?)"text/plain; charset=iso-8859-1")));

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
