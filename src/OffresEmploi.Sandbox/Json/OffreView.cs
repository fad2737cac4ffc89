using OffresEmploi.Sandbox.Corpus;
using OffresEmploi.Sandbox.Data;

namespace OffresEmploi.Sandbox.Json;

/// <summary>One offer of a corpus, with the values the writer needs resolved once.</summary>
internal readonly struct OffreView
{
    public OffreView(OffreCorpus corpus, int index)
    {
        Corpus = corpus;
        Index = index;
        Data = corpus.Data;
        Id = corpus.GetId(index);
        AppellationLibelle = Data.AppellationLibelles[corpus.Appellation[index]];
        Intitule = OffreTitles.Intitule(AppellationLibelle, corpus.IntituleVariant[index]);
        Metier = Data.Metiers[Data.AppellationRome[corpus.Appellation[index]]];
        Commune = corpus.Commune[index];
        Flags = corpus.Flags[index];
        IsPartner = corpus.Partner[index] != 0;
        CompanyName = OffreTexts.CompanyName(this);
    }

    public OffreCorpus Corpus { get; }

    public int Index { get; }

    public SandboxData Data { get; }

    public string Id { get; }

    public string AppellationLibelle { get; }

    public string Intitule { get; }

    public CodeLabel Metier { get; }

    public int Commune { get; }

    public ushort Flags { get; }

    public bool IsPartner { get; }

    /// <summary>Gets the employer's name, used in several blocks of the offer.</summary>
    public string CompanyName { get; }

    public string TypeContrat => Data.TypesContrats[Corpus.TypeContrat[Index]].Code;

    public bool Alternance => Data.NaturesContrats[Corpus.NatureContrat[Index]].Code is "E2" or "FS";

    /// <summary>A random stream for the texts of this offer that no filter reads; <paramref name="salt"/> keeps
    /// the streams of different blocks independent, so that changing one block leaves the others unchanged. Seeded by
    /// the generation index, not the corpus index, so an offer keeps its texts on every day of the market.</summary>
    public SplitMix64 Random(int salt) => SplitMix64.For(Corpus.Options.Seed, Corpus.GenerationOf(Index), 100 + salt);
}
