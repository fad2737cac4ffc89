using System.Buffers;
using OffresEmploi.Sandbox.Corpus;

namespace OffresEmploi.Sandbox.Search;

/// <summary>The offers a search matched, in index order, with their keyword scores and facet counts.</summary>
internal sealed class Matches : IDisposable
{
    private readonly OffreCorpus _corpus;
    private readonly SearchIndex _index;
    private readonly int[] _types;
    private readonly int[] _natures;
    private readonly int[] _experiences = new int[OffreFacets.ExperienceCodes.Length];
    private readonly int[] _qualifications = new int[OffreFacets.QualificationCodes.Length];
    private int[] _indices;
    private byte[]? _scores;

    public Matches(OffreCorpus corpus, SearchIndex index, bool scored)
    {
        _corpus = corpus;
        _index = index;
        _types = new int[corpus.Data.TypesContrats.Length];
        _natures = new int[corpus.Data.NaturesContrats.Length];
        _indices = ArrayPool<int>.Shared.Rent(1024);
        _scores = scored ? ArrayPool<byte>.Shared.Rent(1024) : null;
    }

    public int Count { get; private set; }

    public ReadOnlySpan<int> Indices => _indices.AsSpan(0, Count);

    public ReadOnlySpan<byte> Scores => _scores is null ? default : _scores.AsSpan(0, Count);

    public bool Scored => _scores is not null;

    public void Add(int index, int score)
    {
        if (Count == _indices.Length)
        {
            Grow();
        }

        _indices[Count] = index;
        if (_scores is not null)
        {
            _scores[Count] = (byte)Math.Min(score, 255);
        }

        Count++;
        _types[_corpus.TypeContrat[index]]++;
        _natures[_corpus.NatureContrat[index]]++;
        _experiences[_index.ExperienceBand[index]]++;
        _qualifications[_index.QualificationBand[index]]++;
    }

    /// <summary>Counts offers [lo, hi) in the facets, without listing them.</summary>
    public void CountRange(int lo, int hi)
    {
        for (var index = lo; index < hi; index++)
        {
            _types[_corpus.TypeContrat[index]]++;
            _natures[_corpus.NatureContrat[index]]++;
            _experiences[_index.ExperienceBand[index]]++;
            _qualifications[_index.QualificationBand[index]]++;
        }
    }

    public void AddCounts(int[] types, int[] natures, int[] experiences, int[] qualifications)
    {
        for (var k = 0; k < types.Length; k++)
        {
            _types[k] += types[k];
        }

        for (var k = 0; k < natures.Length; k++)
        {
            _natures[k] += natures[k];
        }

        for (var k = 0; k < experiences.Length; k++)
        {
            _experiences[k] += experiences[k];
        }

        for (var k = 0; k < qualifications.Length; k++)
        {
            _qualifications[k] += qualifications[k];
        }
    }

    /// <summary>The four facets, in the API's order; values sorted by code, zero counts left out.</summary>
    public IReadOnlyList<FacetResult> Facets()
    {
        if (_types.Sum() == 0)
        {
            return [];
        }

        var data = _corpus.Data;
        return
        [
            Facet("typeContrat", data.TypesContrats.Select(t => t.Code).ToArray(), _types),
            Facet("experience", OffreFacets.ExperienceCodes, _experiences),
            Facet("qualification", OffreFacets.QualificationCodes, _qualifications),
            Facet("natureContrat", data.NaturesContrats.Select(t => t.Code).ToArray(), _natures),
        ];
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_indices);
        if (_scores is not null)
        {
            ArrayPool<byte>.Shared.Return(_scores);
        }
    }

    private static FacetResult Facet(string name, string[] codes, int[] counts) =>
        new(name, codes.Select((code, k) => (code, counts[k]))
            .Where(p => p.Item2 > 0)
            .OrderBy(p => p.code, StringComparer.Ordinal)
            .Select(p => (p.code, p.Item2))
            .ToArray());

    private void Grow()
    {
        var size = Math.Min(Math.Max(_indices.Length * 2, 1024), Math.Max(_corpus.Count, 1024));
        var indices = ArrayPool<int>.Shared.Rent(size);
        _indices.AsSpan(0, Count).CopyTo(indices);
        ArrayPool<int>.Shared.Return(_indices);
        _indices = indices;
        if (_scores is not null)
        {
            var scores = ArrayPool<byte>.Shared.Rent(size);
            _scores.AsSpan(0, Count).CopyTo(scores);
            ArrayPool<byte>.Shared.Return(_scores);
            _scores = scores;
        }
    }
}
