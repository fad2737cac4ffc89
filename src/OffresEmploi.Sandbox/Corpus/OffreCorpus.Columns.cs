namespace OffresEmploi.Sandbox.Corpus;

/// <summary>The columns of <see cref="OffreCorpus"/>; codes are indices into <see cref="Data.SandboxData"/> lists.</summary>
public sealed partial class OffreCorpus
{
    /// <summary>Creation instants, Unix milliseconds, non-decreasing with the index.</summary>
    internal long[] CreationMs;

    /// <summary>Seconds from creation to dateActualisation; -1 when the field is absent.</summary>
    internal int[] ActualisationSeconds;

    /// <summary>The number an id is made of (see <see cref="OffreIds"/>), increasing with the index per origin.</summary>
    internal int[] IdNumber;

    /// <summary>Indices of France Travail (origine 1) and partner (origine 2) offers, in id order.</summary>
    internal int[] FranceTravailOrder = [];

    internal int[] PartnerOrder = [];

    /// <summary>The number of the newest France Travail and partner ids of a day-0 corpus, where the ids of later days
    /// continue (not set on later days).</summary>
    internal int LastFranceTravailNumber;

    internal int LastPartnerNumber;

    /// <summary>Generation index of each offer: the index it was drawn at, which seeds its attributes and texts.
    /// <see langword="null"/> on day 0, where it is the corpus index; on a later day vanished offers are left out,
    /// so the two differ (see <see cref="GenerationOf"/>).</summary>
    internal int[]? Generation;

    /// <summary>How many times each offer was updated since it was created (saturating at 255); <see langword="null"/>
    /// on day 0, where no offer has been.</summary>
    internal byte[]? Revision;

    /// <summary>Index of the commune in <see cref="Data.CommuneTable"/>.</summary>
    internal ushort[] Commune;

    /// <summary>Which of the commune's postal codes the offer shows.</summary>
    internal byte[] PostalChoice;

    /// <summary>0: full lieuTravail; 1: département only (libelle and coordinates); 2: libelle only.</summary>
    internal byte[] LieuMode;

    internal ushort[] Appellation;

    internal byte[] IntituleVariant;

    internal byte[] TypeContrat;

    internal byte[] NatureContrat;

    /// <summary>0: D (débutant accepté), 1: S (souhaitée), 2: E (exigée).</summary>
    internal byte[] ExperienceExige;

    /// <summary>Experience asked for, in months; 0 when the offer states no duration.</summary>
    internal byte[] ExperienceMonths;

    /// <summary>qualificationCode 1-9; 0 when absent.</summary>
    internal byte[] Qualification;

    /// <summary>Contract length: months, or days when <see cref="OffreFlags.DurationInDays"/> is set; 0 = none.</summary>
    internal byte[] ContractDuration;

    /// <summary>Weekly working time in minutes; 0 when not stated.</summary>
    internal ushort[] WeeklyMinutes;

    /// <summary>0: not stated, 1: temps plein, 2: temps partiel.</summary>
    internal byte[] TempsMode;

    /// <summary>0: no salary libelle, 1: Mensuel, 2: Annuel, 3: Horaire, 4: Cachet.</summary>
    internal byte[] SalaryPeriod;

    internal float[] SalaryMin;

    /// <summary>Upper bound; 0 when the libelle gives a single amount.</summary>
    internal float[] SalaryMax;

    /// <summary>How the salary block is written (see OffreJsonWriter.Salaire).</summary>
    internal byte[] SalaryStyle;

    /// <summary>0 for a France Travail offer, else 1 + index of the partner.</summary>
    internal byte[] Partner;

    /// <summary>0 when codeNAF is absent, else 1 + index in the nafs referentiel.</summary>
    internal ushort[] Naf;

    /// <summary>Bit mask over the competences of the offer's métier.</summary>
    internal ulong[] Competences;

    /// <summary>Up to two permis: low byte = 1 + index of the first, high byte = 1 + index of the second.</summary>
    internal ushort[] Permis;

    /// <summary>Up to two languages, packed as <see cref="Permis"/>.</summary>
    internal ushort[] Langues;

    /// <summary>Low byte: 1 + index of the niveau de formation; high byte: 1 + index of the formation domaine; 0 = none.</summary>
    internal ushort[] Formation;

    /// <summary>Boolean attributes, see <see cref="OffreFlags"/>.</summary>
    internal ushort[] Flags;
}
