using OffresEmploi.Sandbox.Corpus;

namespace OffresEmploi.Sandbox.Search;

/// <summary>The indexes a <see cref="SearchEngine"/> builds once over its corpus.</summary>
internal sealed class SearchIndex
{
    public SearchIndex(OffreCorpus corpus)
    {
        var data = corpus.Data;
        Rome = new ushort[corpus.Count];
        for (var i = 0; i < corpus.Count; i++)
        {
            Rome[i] = (ushort)data.AppellationRome[corpus.Appellation[i]];
        }

        ByCommune = new Postings(data.Communes.Count, corpus.Count, i => corpus.Commune[i]);
        ByDepartement = new Postings(data.Departements.Count, corpus.Count, i => data.Communes.Departement[corpus.Commune[i]]);
        ByRome = new Postings(data.Metiers.Length, corpus.Count, i => Rome[i]);
        Keywords = new KeywordIndex(data);
    }

    /// <summary>Gets the métier (index in the metiers referentiel) of each offer.</summary>
    public ushort[] Rome { get; }

    public Postings ByCommune { get; }

    public Postings ByDepartement { get; }

    public Postings ByRome { get; }

    public KeywordIndex Keywords { get; }
}
