using OffresEmploi.Sandbox.Corpus;

namespace OffresEmploi.Sandbox.Search;

/// <summary>The indexes a <see cref="SearchEngine"/> builds once over its corpus.</summary>
internal sealed class SearchIndex
{
    public SearchIndex(OffreCorpus corpus)
    {
        var data = corpus.Data;
        Rome = new ushort[corpus.Count];
        Departement = new byte[corpus.Count];
        ExperienceBand = new byte[corpus.Count];
        QualificationBand = new byte[corpus.Count];
        for (var i = 0; i < corpus.Count; i++)
        {
            Rome[i] = (ushort)data.AppellationRome[corpus.Appellation[i]];
            Departement[i] = data.Communes.Departement[corpus.Commune[i]];
            ExperienceBand[i] = (byte)OffreFacets.Experience(corpus, i);
            QualificationBand[i] = (byte)OffreFacets.Qualification(corpus, i);
        }

        ByCommune = new Postings(data.Communes.Count, corpus.Count, i => corpus.Commune[i]);
        ByDepartement = new Postings(data.Departements.Count, corpus.Count, i => Departement[i]);
        ByRome = new Postings(data.Metiers.Length, corpus.Count, i => Rome[i]);
        Keywords = new KeywordIndex(data);
    }

    /// <summary>Gets the métier (index in the metiers referentiel) of each offer.</summary>
    public ushort[] Rome { get; }

    /// <summary>Gets the département (index in the département table) of each offer.</summary>
    public byte[] Departement { get; }

    /// <summary>Gets the experience facet value (index in <see cref="OffreFacets.ExperienceCodes"/>) of each offer.</summary>
    public byte[] ExperienceBand { get; }

    /// <summary>Gets the qualification facet value (index in <see cref="OffreFacets.QualificationCodes"/>) of each offer.</summary>
    public byte[] QualificationBand { get; }

    public Postings ByCommune { get; }

    public Postings ByDepartement { get; }

    public Postings ByRome { get; }

    public KeywordIndex Keywords { get; }
}
