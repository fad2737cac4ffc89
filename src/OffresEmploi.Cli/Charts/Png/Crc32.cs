namespace OffresEmploi.Cli.Charts.Png;

/// <summary>The CRC-32 of PNG chunks (ISO 3309, polynomial 0xEDB88320, reflected), table-driven.</summary>
/// <remarks>System.IO.Hashing now reaches the CLI only through the SDK's opt-in Redis dependency (StackExchange.Redis);
/// this CRC keeps the PNG encoder independent of that, and its 30 lines are checked against the standard's check value.</remarks>
internal static class Crc32
{
    private static readonly uint[] Table = CreateTable();

    /// <summary>Computes the CRC of some bytes.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The CRC, as PNG stores it (after the final complement).</returns>
    public static uint Compute(ReadOnlySpan<byte> bytes) => Append(0, bytes);

    /// <summary>Extends a CRC with more bytes: <c>Append(Compute(a), b) == Compute(a + b)</c>.</summary>
    /// <param name="crc">The CRC of the bytes so far (0 for none).</param>
    /// <param name="bytes">The next bytes.</param>
    /// <returns>The CRC of all the bytes.</returns>
    public static uint Append(uint crc, ReadOnlySpan<byte> bytes)
    {
        var c = ~crc;
        foreach (var b in bytes)
        {
            c = Table[(c ^ b) & 0xFF] ^ (c >> 8);
        }

        return ~c;
    }

    private static uint[] CreateTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
