using OffresEmploi.Sandbox.Corpus;

namespace OffresEmploi.Sandbox.Search;

/// <summary>
/// Running counts of each facet value every <see cref="BlockSize"/> offers, so that the facets of a plain
/// creation-date range (offers are stored in date order) cost two look-ups plus two partial blocks instead
/// of a pass over the range.
/// </summary>
internal sealed class FacetCounts
{
    public const int BlockSize = 4096;

    private readonly int[][] _types;
    private readonly int[][] _natures;
    private readonly int[][] _experiences;
    private readonly int[][] _qualifications;

    public FacetCounts(OffreCorpus corpus, SearchIndex index)
    {
        var blocks = (corpus.Count / BlockSize) + 1;
        _types = New(corpus.Data.TypesContrats.Length, blocks);
        _natures = New(corpus.Data.NaturesContrats.Length, blocks);
        _experiences = New(OffreFacets.ExperienceCodes.Length, blocks);
        _qualifications = New(OffreFacets.QualificationCodes.Length, blocks);
        for (var b = 1; b < blocks; b++)
        {
            Carry(_types, b);
            Carry(_natures, b);
            Carry(_experiences, b);
            Carry(_qualifications, b);
            for (var i = (b - 1) * BlockSize; i < b * BlockSize; i++)
            {
                _types[corpus.TypeContrat[i]][b]++;
                _natures[corpus.NatureContrat[i]][b]++;
                _experiences[index.ExperienceBand[i]][b]++;
                _qualifications[index.QualificationBand[i]][b]++;
            }
        }
    }

    /// <summary>Adds the facet counts of offers [lo, hi) to <paramref name="matches"/>.</summary>
    public void AddRange(Matches matches, int lo, int hi)
    {
        var loBlock = (lo + BlockSize - 1) / BlockSize;
        var hiBlock = hi / BlockSize;
        if (loBlock >= hiBlock)
        {
            matches.CountRange(lo, hi);
            return;
        }

        matches.CountRange(lo, loBlock * BlockSize);
        matches.CountRange(hiBlock * BlockSize, hi);
        matches.AddCounts(
            Between(_types, loBlock, hiBlock),
            Between(_natures, loBlock, hiBlock),
            Between(_experiences, loBlock, hiBlock),
            Between(_qualifications, loBlock, hiBlock));
    }

    private static int[][] New(int values, int blocks) => Enumerable.Range(0, values).Select(_ => new int[blocks]).ToArray();

    private static void Carry(int[][] counts, int block)
    {
        foreach (var c in counts)
        {
            c[block] = c[block - 1];
        }
    }

    private static int[] Between(int[][] counts, int from, int to) => counts.Select(c => c[to] - c[from]).ToArray();
}
