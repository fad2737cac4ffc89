using System.Collections.Concurrent;
using OffresEmploi.Sandbox.Corpus;
using OffresEmploi.Sandbox.Data;

namespace OffresEmploi.Sandbox.Search;

/// <summary>
/// The searchable texts of the API's keyword search (intitule, romeCode, romeLibelle, competences, formation
/// domaines, permis and languages), folded once; an expression is resolved against them and cached.
/// </summary>
internal sealed class KeywordIndex
{
    private const int CacheLimit = 4096;

    private readonly SandboxData _data;
    private readonly string[][] _titles;
    private readonly string[][] _metiers;
    private readonly string[][][] _competences;
    private readonly string[][] _permis;
    private readonly string[][] _langues;
    private readonly string[][][] _formations;
    private readonly ConcurrentDictionary<string, KeywordMatch> _cache = new(StringComparer.Ordinal);

    public KeywordIndex(SandboxData data)
    {
        _data = data;
        _titles = data.AppellationLibelles.Select(l => TextFolding.Words(OffreTitles.Masculine(l))).ToArray();
        _metiers = data.Metiers.Select(m => TextFolding.Words(m.Code + " " + m.Libelle)).ToArray();
        _competences = data.CompetencesByRome.Select(list => list.Select(c => TextFolding.Words(c.Libelle)).ToArray()).ToArray();
        _permis = data.Permis.Select(p => TextFolding.Words(p.Libelle)).ToArray();
        _langues = data.Langues.Select(p => TextFolding.Words(p.Libelle)).ToArray();
        _formations = Enumerable.Range(0, 26)
            .Select(l => data.FormationsByGrandDomaine.TryGetValue((char)('A' + l), out var list)
                ? list.Select(f => TextFolding.Words(f.Libelle)).ToArray()
                : [])
            .ToArray();
    }

    /// <summary>Resolves an expression; <see langword="null"/> when it holds no word (it then matches nothing).</summary>
    public KeywordMatch? Resolve(string expression)
    {
        var phrase = TextFolding.Words(expression);
        if (phrase.Length == 0)
        {
            return null;
        }

        var key = string.Join(' ', phrase);
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (_cache.Count >= CacheLimit)
        {
            _cache.Clear();
        }

        return _cache[key] = Build(phrase);
    }

    private KeywordMatch Build(string[] phrase)
    {
        var appellation = _titles.Select(t => TextFolding.ContainsPhrase(t, phrase)).ToArray();
        var rome = _metiers.Select(t => TextFolding.ContainsPhrase(t, phrase)).ToArray();
        var competences = _competences.Select(list =>
        {
            ulong mask = 0;
            for (var k = 0; k < list.Length; k++)
            {
                if (TextFolding.ContainsPhrase(list[k], phrase))
                {
                    mask |= 1UL << k;
                }
            }

            return mask;
        }).ToArray();
        var permis = _permis.Select(t => TextFolding.ContainsPhrase(t, phrase)).ToArray();
        var langues = _langues.Select(t => TextFolding.ContainsPhrase(t, phrase)).ToArray();
        var formations = _formations.Select(list => list.Select(t => TextFolding.ContainsPhrase(t, phrase)).ToArray()).ToArray();
        var possible = (bool[])rome.Clone();
        for (var a = 0; a < appellation.Length; a++)
        {
            possible[_data.AppellationRome[a]] |= appellation[a];
        }

        for (var r = 0; r < possible.Length; r++)
        {
            possible[r] |= competences[r] != 0 || formations[_data.Metiers[r].Code[0] - 'A'].Any(x => x);
        }

        return new KeywordMatch
        {
            Appellation = appellation,
            Rome = rome,
            Competences = competences,
            Permis = permis,
            Langues = langues,
            Formations = formations,
            MatchesAcrossMetiers = permis.Any(x => x) || langues.Any(x => x),
            PossibleRome = possible,
        };
    }
}
