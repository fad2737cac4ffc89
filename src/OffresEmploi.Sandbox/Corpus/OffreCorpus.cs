using OffresEmploi.Sandbox.Data;

namespace OffresEmploi.Sandbox.Corpus;

/// <summary>An immutable set of generated offers, stored column-wise (one small array per attribute) so
/// that a million offers fit in a few tens of megabytes.</summary>
/// <remarks>Offers are stored in creation order: index <c>i + 1</c> was never created before index <c>i</c>.
/// Texts that no filter reads (descriptions, contacts, company names) are not stored: the JSON writer
/// derives them again from the seed and the offer's generation index (its index on day 0; see <see cref="CorpusOptions.Day"/>
/// for later days, where offers that vanished are left out).</remarks>
public sealed partial class OffreCorpus
{
    private OffreCorpus(CorpusOptions options, int count)
    {
        Options = options;
        Data = SandboxData.Instance;
        CreationMs = new long[count];
        ActualisationSeconds = new int[count];
        IdNumber = new int[count];
        Commune = new ushort[count];
        PostalChoice = new byte[count];
        LieuMode = new byte[count];
        Appellation = new ushort[count];
        IntituleVariant = new byte[count];
        TypeContrat = new byte[count];
        NatureContrat = new byte[count];
        ExperienceExige = new byte[count];
        ExperienceMonths = new byte[count];
        Qualification = new byte[count];
        ContractDuration = new byte[count];
        WeeklyMinutes = new ushort[count];
        TempsMode = new byte[count];
        SalaryPeriod = new byte[count];
        SalaryMin = new float[count];
        SalaryMax = new float[count];
        SalaryStyle = new byte[count];
        Partner = new byte[count];
        Naf = new ushort[count];
        Competences = new ulong[count];
        Permis = new ushort[count];
        Langues = new ushort[count];
        Formation = new ushort[count];
        Flags = new ushort[count];
    }

    /// <summary>Gets the number of offers.</summary>
    public int Count => CreationMs.Length;

    /// <summary>Gets the options the corpus was built with.</summary>
    public CorpusOptions Options { get; }

    internal SandboxData Data { get; }

    /// <summary>Builds a corpus; the same options always give the same offers.</summary>
    /// <param name="options">The seed, size, "today" and day of the corpus.</param>
    /// <returns>The corpus.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The size is negative or the day is not between 0 and
    /// <see cref="CorpusOptions.MaxDay"/>.</exception>
    public static OffreCorpus Build(CorpusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Size);
        if (options.Day is < 0 or > CorpusOptions.MaxDay)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Day, $"Day must be between 0 and {CorpusOptions.MaxDay}.");
        }

        if (options.Day > 0)
        {
            return BuildDay(options);
        }

        var corpus = new OffreCorpus(options, options.Size);
        OffreGenerator.Fill(corpus);
        return corpus;
    }

    /// <summary>Finds an offer by its identifier (7 characters, e.g. <c>196CWQH</c> or <c>0664580</c>).</summary>
    /// <param name="id">The offer id.</param>
    /// <param name="index">The corpus index when found.</param>
    /// <returns><see langword="true"/> when the corpus holds the offer.</returns>
    public bool TryFindById(string id, out int index)
    {
        ArgumentNullException.ThrowIfNull(id);
        index = -1;
        if (!OffreIds.TryParse(id, out var partner, out var number))
        {
            return false;
        }

        var order = partner ? PartnerOrder : FranceTravailOrder;
        int lo = 0, hi = order.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var value = IdNumber[order[mid]];
            if (value == number)
            {
                index = order[mid];
                return true;
            }

            if (value < number)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return false;
    }

    /// <summary>Gets the id of the offer at <paramref name="index"/>.</summary>
    /// <param name="index">The corpus index.</param>
    /// <returns>The 7-character offer id.</returns>
    public string GetId(int index) => OffreIds.Format(Partner[index] != 0, IdNumber[index]);

    /// <summary>Gets the creation date of the offer at <paramref name="index"/>.</summary>
    /// <param name="index">The corpus index.</param>
    /// <returns>The creation instant (UTC, millisecond precision).</returns>
    public DateTimeOffset GetDateCreation(int index) => DateTimeOffset.FromUnixTimeMilliseconds(CreationMs[index]);

    /// <summary>Gets the <c>dateActualisation</c> of the offer at <paramref name="index"/>.</summary>
    /// <param name="index">The corpus index.</param>
    /// <returns>The last update instant (UTC, millisecond precision), or <see langword="null"/> when the offer has none.</returns>
    public DateTimeOffset? GetDateActualisation(int index) =>
        ActualisationSeconds[index] < 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(CreationMs[index] + (ActualisationSeconds[index] * 1000L));

    /// <summary>Gets the number of times the offer at <paramref name="index"/> was updated after <see cref="CorpusOptions.Now"/>
    /// (on days 1 to <see cref="CorpusOptions.Day"/>).</summary>
    /// <param name="index">The corpus index.</param>
    /// <returns>0 on day 0 and for offers never updated; at most 255.</returns>
    public int GetRevision(int index) => Revision is null ? 0 : Revision[index];

    /// <summary>Lists the offers online on the corpus' day, in creation order (the corpus order).</summary>
    /// <returns>Each offer's id, dates and number of updates: what a client that copied the whole market should hold.</returns>
    public IReadOnlyList<OffreState> GetOffres()
    {
        var offres = new OffreState[Count];
        for (var i = 0; i < offres.Length; i++)
        {
            offres[i] = new OffreState(GetId(i), GetDateCreation(i), GetDateActualisation(i), GetRevision(i));
        }

        return offres;
    }

    /// <summary>The index the offer at <paramref name="index"/> was generated at, which seeds its attributes and texts.</summary>
    internal int GenerationOf(int index) => Generation is null ? index : Generation[index];

    /// <summary>Posts added to <c>nombrePostes</c> by the offer's updates: 1, 2, 3, 1... so each update shows.</summary>
    internal int AddedPostes(int index) => Revision is null || Revision[index] == 0 ? 0 : 1 + ((Revision[index] - 1) % 3);
}
