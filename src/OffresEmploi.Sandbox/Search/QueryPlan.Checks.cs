using System.Runtime.CompilerServices;

namespace OffresEmploi.Sandbox.Search;

/// <summary>The membership filters of a <see cref="QueryPlan"/> as (column, allowed values) pairs, so that
/// <see cref="Test"/> only runs the checks a query sets, one array look-up each.</summary>
internal sealed partial class QueryPlan
{
    private void CompileChecks()
    {
        var c = _corpus;
        var bytes = new List<ByteCheck>();
        var shorts = new List<ShortCheck>();
        if (DepartementAllowed is not null)
        {
            bytes.Add(new(_index.Departement, DepartementAllowed));
        }

        if (RomeAllowed is not null)
        {
            shorts.Add(new(_index.Rome, RomeAllowed));
        }

        if (Appellation >= 0)
        {
            shorts.Add(new(c.Appellation, Only(c.Data.AppellationCodes.Length, Appellation)));
        }

        if (TypeAllowed is not null && NatureAllowed is null)
        {
            bytes.Add(new(c.TypeContrat, TypeAllowed));
        }

        if (NatureAllowed is not null && TypeAllowed is null)
        {
            bytes.Add(new(c.NatureContrat, NatureAllowed));
        }

        if (ExperienceFacet >= 0)
        {
            bytes.Add(new(_index.ExperienceBand, Only(OffreFacets.ExperienceCodes.Length, ExperienceFacet)));
        }

        if (ExperienceExige >= 0)
        {
            bytes.Add(new(c.ExperienceExige, Only(3, ExperienceExige)));
        }

        if (QualificationFacet >= 0)
        {
            bytes.Add(new(_index.QualificationBand, Only(OffreFacets.QualificationCodes.Length, QualificationFacet)));
        }

        if (PartnerAllowed is not null)
        {
            bytes.Add(new(c.Partner, PartnerAllowed));
        }

        if (NafAllowed is not null)
        {
            shorts.Add(new(c.Naf, NafAllowed));
        }

        if (TempsMode >= 0)
        {
            bytes.Add(new(c.TempsMode, Only(3, TempsMode)));
        }

        _byteChecks = [.. bytes];
        _shortChecks = [.. shorts];
        _hasConditions = SalaryPeriod != 0 || Niveau >= 0 || Permis >= 0 || WeeklyMin >= 0 || WeeklyMax >= 0 || DurationMin >= 0 || DurationMax >= 0;
    }

    /// <summary>Gets a value indicating whether the plan has column checks that <see cref="MarkCandidates"/> can apply.</summary>
    public bool HasColumnChecks => _byteChecks.Length + _shortChecks.Length > 0;

    /// <summary>Sets the bits of the offers of [lo, hi) that pass every column check, one tight loop per
    /// check (the first over the range, the next ones over the bits still set); <see cref="Test"/> then only
    /// runs on those offers.</summary>
    public void MarkCandidates(ulong[] words, int lo, int hi)
    {
        var first = true;
        foreach (var check in _byteChecks)
        {
            Apply(words, lo, hi, first, check.Column, check.Allowed);
            first = false;
        }

        foreach (var check in _shortChecks)
        {
            Apply(words, lo, hi, first, check.Column, check.Allowed);
            first = false;
        }
    }

    private static void Apply<T>(ulong[] words, int lo, int hi, bool first, T[] column, bool[] allowed)
        where T : unmanaged
    {
        if (first)
        {
            for (var i = lo; i < hi; i++)
            {
                if (allowed[Key(column[i])])
                {
                    words[i >> 6] |= 1UL << i;
                }
            }

            return;
        }

        for (var w = lo >> 6; w <= (hi - 1) >> 6; w++)
        {
            var bits = words[w];
            while (bits != 0)
            {
                var bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                if (!allowed[Key(column[(w << 6) + bit])])
                {
                    words[w] &= ~(1UL << bit);
                }
            }
        }
    }

    // typeof(T) is a JIT-time constant: each instantiation keeps one branch and no conversion cost.
    private static int Key<T>(T value)
        where T : unmanaged =>
        typeof(T) == typeof(byte) ? Unsafe.As<T, byte>(ref value) : Unsafe.As<T, ushort>(ref value);

    private static bool[] Only(int length, int value)
    {
        var allowed = new bool[length];
        allowed[value] = true;
        return allowed;
    }

    /// <summary>A filter on a byte column: the offer passes when <c>Allowed[Column[i]]</c>.</summary>
    private readonly record struct ByteCheck(byte[] Column, bool[] Allowed);

    /// <summary>A filter on a 16-bit column: the offer passes when <c>Allowed[Column[i]]</c>.</summary>
    private readonly record struct ShortCheck(ushort[] Column, bool[] Allowed);
}
