using System.Buffers;
using OffresEmploi.Sandbox.Corpus;

namespace OffresEmploi.Sandbox.Search;

/// <summary>Searches an <see cref="OffreCorpus"/> with the API's semantics (see docs/sandbox-engine.md for the rules
/// the API leaves open and how the sandbox settles them).</summary>
/// <remarks>Thread-safe: one engine can serve concurrent requests.</remarks>
public sealed partial class SearchEngine
{
    private readonly OffreCorpus _corpus;
    private readonly TimeProvider _timeProvider;
    private readonly SearchIndex _index;
    private readonly FacetCounts _facets;

    /// <summary>Initializes a new instance of the <see cref="SearchEngine"/> class and indexes the corpus.</summary>
    /// <param name="corpus">The corpus to search.</param>
    /// <param name="timeProvider">The clock <c>publieeDepuis</c> counts days back from, plus the corpus'
    /// <see cref="CorpusOptions.Day"/> in days.</param>
    public SearchEngine(OffreCorpus corpus, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _corpus = corpus;
        _timeProvider = timeProvider;
        _index = new SearchIndex(corpus);
        _facets = new FacetCounts(corpus, _index);
    }

    /// <summary>Gets the corpus searched.</summary>
    public OffreCorpus Corpus => _corpus;

    /// <summary>Runs a search.</summary>
    /// <param name="query">The criteria (already validated).</param>
    /// <param name="first">The position of the first offer of the page (0-based, inclusive).</param>
    /// <param name="last">The position of the last offer of the page (inclusive).</param>
    /// <returns>The number of matches, the offers at positions [first, min(last, total - 1)] in the requested
    /// order, and the facets over all matches.</returns>
    public SearchResult Search(SandboxSearchQuery query, int first, int last)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfLessThan(last, first);
        // On a later day of the market the sandbox lives that many days ahead of its clock (see CorpusOptions.Day).
        var plan = QueryPlan.Compile(query, _corpus, _index, _timeProvider.GetUtcNow().AddDays(_corpus.Options.Day));
        if (plan.Impossible)
        {
            return new SearchResult(0, [], []);
        }

        if (plan.MatchesWholeRange)
        {
            return SearchRange(plan, first, last);
        }

        var matches = new Matches(_corpus, _index, plan.Keywords is not null);
        try
        {
            Collect(plan, matches);
            var page = matches.Count == 0 || first >= matches.Count
                ? []
                : Order(plan, query.Sort, matches, first, Math.Min(last, matches.Count - 1));
            return new SearchResult(matches.Count, page, matches.Facets());
        }
        finally
        {
            matches.Dispose();
        }
    }

    /// <summary>Only creation-date bounds: the matches are the contiguous range [Lo, Hi), newest last.</summary>
    private SearchResult SearchRange(QueryPlan plan, int first, int last)
    {
        var total = plan.Hi - plan.Lo;
        using var counts = new Matches(_corpus, _index, scored: false);
        _facets.AddRange(counts, plan.Lo, plan.Hi);
        var end = Math.Min(last, total - 1);
        var page = first > end ? [] : new int[end - first + 1];
        for (var p = 0; p < page.Length; p++)
        {
            page[p] = plan.Hi - 1 - (first + p);
        }

        return new SearchResult(total, page, counts.Facets());
    }

    /// <summary>Finds the matches, in index (creation) order, through the most selective index.</summary>
    private void Collect(QueryPlan plan, Matches matches)
    {
        var (postings, keys) = ChooseDriver(plan);
        if (postings is null)
        {
            if (plan.HasColumnChecks)
            {
                ScanMarked(plan, matches, words => plan.MarkCandidates(words, plan.Lo, plan.Hi));
                return;
            }

            for (var i = plan.Lo; i < plan.Hi; i++)
            {
                if (plan.Test(i, out var score))
                {
                    matches.Add(i, score);
                }
            }

            return;
        }

        if (keys.Count == 0)
        {
            return;
        }

        if (keys.Count == 1)
        {
            foreach (var i in postings.Of(keys[0]))
            {
                if (i >= plan.Lo && i < plan.Hi && plan.Test(i, out var score))
                {
                    matches.Add(i, score);
                }
            }

            return;
        }

        // Several posting lists: mark them in a bit set, then read it back in index order.
        ScanMarked(plan, matches, words =>
        {
            foreach (var key in keys)
            {
                foreach (var i in postings.Of(key))
                {
                    words[i >> 6] |= 1UL << i;
                }
            }
        });
    }

    /// <summary>Tests, in index order, the offers of [Lo, Hi) whose bit <paramref name="mark"/> sets.</summary>
    private void ScanMarked(QueryPlan plan, Matches matches, Action<ulong[]> mark)
    {
        var length = (_corpus.Count >> 6) + 1;
        var words = ArrayPool<ulong>.Shared.Rent(length);
        try
        {
            Array.Clear(words, 0, length);
            mark(words);
            for (var w = plan.Lo >> 6; w <= (plan.Hi - 1) >> 6; w++)
            {
                var bits = words[w];
                while (bits != 0)
                {
                    var i = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                    bits &= bits - 1;
                    if (i >= plan.Lo && i < plan.Hi && plan.Test(i, out var score))
                    {
                        matches.Add(i, score);
                    }
                }
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(words);
        }
    }

    private (Postings? Postings, List<int> Keys) ChooseDriver(QueryPlan plan)
    {
        Postings? best = null;
        var bestKeys = new List<int>();
        long bestCount = (long)(plan.Hi - plan.Lo) * 3 / 4;   // below this, scanning the date range is cheaper
        void Consider(bool[]? allowed, Postings postings)
        {
            if (allowed is null)
            {
                return;
            }

            var keys = new List<int>();
            long count = 0;
            for (var k = 0; k < allowed.Length; k++)
            {
                if (allowed[k])
                {
                    keys.Add(k);
                    count += postings.Count(k);
                }
            }

            if (count < bestCount)
            {
                (best, bestKeys, bestCount) = (postings, keys, count);
            }
        }

        Consider(plan.CommuneAllowed, _index.ByCommune);
        Consider(plan.DepartementAllowed, _index.ByDepartement);
        Consider(plan.RomeAllowed, _index.ByRome);
        return (best, bestKeys);
    }
}
