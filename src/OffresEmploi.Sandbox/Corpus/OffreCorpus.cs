namespace OffresEmploi.Sandbox.Corpus;

/// <summary>An immutable, compactly stored set of generated offers.</summary>
public sealed class OffreCorpus
{
    private readonly string[] _ids;
    private readonly Dictionary<string, int> _indexById;

    private OffreCorpus(string[] ids)
    {
        _ids = ids;
        _indexById = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            _indexById[ids[i]] = i;
        }
    }

    /// <summary>Gets the number of offers.</summary>
    public int Count => _ids.Length;

    /// <summary>Builds a corpus; deterministic for (Seed, Size, Now).</summary>
    /// <param name="options">The corpus options.</param>
    /// <returns>The corpus.</returns>
    public static OffreCorpus Build(CorpusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Size);
        var random = new Random(options.Seed);
        var ids = new string[options.Size];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        Span<char> buffer = stackalloc char[7];
        for (var i = 0; i < ids.Length; i++)
        {
            string id;
            do
            {
                for (var c = 0; c < buffer.Length; c++)
                {
                    buffer[c] = Alphabet[random.Next(Alphabet.Length)];
                }

                id = new string(buffer);
            }
            while (!seen.Add(id));
            ids[i] = id;
        }

        return new OffreCorpus(ids);
    }

    /// <summary>Finds an offer by its identifier.</summary>
    /// <param name="id">The offer id (7 characters).</param>
    /// <param name="index">The corpus index when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryFindById(string id, out int index)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _indexById.TryGetValue(id, out index);
    }

    /// <summary>Gets the id of the offer at <paramref name="index"/>.</summary>
    /// <param name="index">The corpus index.</param>
    /// <returns>The offer id.</returns>
    public string GetId(int index) => _ids[index];
}
