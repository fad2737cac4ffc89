namespace OffresEmploi.Sandbox.Search;

/// <summary>An inverted index from a small integer key to the ascending offer indices that carry it
/// (compressed sparse rows: one offsets array, one indices array).</summary>
internal sealed class Postings
{
    private readonly int[] _starts;
    private readonly int[] _offers;

    public Postings(int keyCount, int offerCount, Func<int, int> keyOf)
    {
        _starts = new int[keyCount + 1];
        var keys = new int[offerCount];
        for (var i = 0; i < offerCount; i++)
        {
            keys[i] = keyOf(i);
            _starts[keys[i] + 1]++;
        }

        for (var k = 0; k < keyCount; k++)
        {
            _starts[k + 1] += _starts[k];
        }

        _offers = new int[offerCount];
        var next = (int[])_starts.Clone();
        for (var i = 0; i < offerCount; i++)
        {
            _offers[next[keys[i]]++] = i;
        }
    }

    public int Count(int key) => _starts[key + 1] - _starts[key];

    public ReadOnlySpan<int> Of(int key) => _offers.AsSpan(_starts[key], Count(key));
}
