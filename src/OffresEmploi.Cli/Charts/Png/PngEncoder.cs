using System.Buffers.Binary;
using System.IO.Compression;

namespace OffresEmploi.Cli.Charts.Png;

/// <summary>Writes 8-bit RGB pixels as a PNG file: signature, IHDR, one zlib-compressed IDAT, IEND.</summary>
/// <remarks>Each row gets the filter (None, Sub, Up, Average, Paeth) with the smallest sum of absolute differences, the
/// heuristic the PNG specification recommends; a chart's flat areas then compress to almost nothing.</remarks>
internal static class PngEncoder
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Encodes an image.</summary>
    /// <param name="output">Where the file goes.</param>
    /// <param name="width">The width in pixels.</param>
    /// <param name="height">The height in pixels.</param>
    /// <param name="rgb">The pixels, row by row, three bytes each.</param>
    public static void Write(Stream output, int width, int height, ReadOnlySpan<byte> rgb)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(rgb.Length, width * height * 3, nameof(rgb));
        output.Write(Signature);

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8;  // bit depth
        header[9] = 2;  // colour type: RGB
        header[10] = 0; // compression: deflate
        header[11] = 0; // filter method: adaptive
        header[12] = 0; // no interlace
        WriteChunk(output, "IHDR"u8, header);

        using (var data = new MemoryStream())
        {
            using (var zlib = new ZLibStream(data, CompressionLevel.Optimal, leaveOpen: true))
            {
                WriteFilteredRows(zlib, width, height, rgb);
            }

            WriteChunk(output, "IDAT"u8, data.GetBuffer().AsSpan(0, (int)data.Length));
        }

        WriteChunk(output, "IEND"u8, []);
    }

    private static void WriteChunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        output.Write(word);
        output.Write(type);
        output.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32.Append(Crc32.Compute(type), data));
        output.Write(word);
    }

    private static void WriteFilteredRows(Stream zlib, int width, int height, ReadOnlySpan<byte> rgb)
    {
        var stride = width * 3;
        var previous = new byte[stride];
        var best = new byte[stride + 1];
        var candidate = new byte[stride + 1];
        for (var y = 0; y < height; y++)
        {
            var row = rgb.Slice(y * stride, stride);
            var bestScore = long.MaxValue;
            for (byte filter = 0; filter <= 4; filter++)
            {
                candidate[0] = filter;
                var score = Filter(filter, row, previous, candidate.AsSpan(1));
                if (score < bestScore)
                {
                    (bestScore, best, candidate) = (score, candidate, best);
                }
            }

            zlib.Write(best);
            row.CopyTo(previous);
        }
    }

    // Filters one row (PNG specification, section 9) and scores it: the sum of the filtered bytes read as signed.
    private static long Filter(byte filter, ReadOnlySpan<byte> row, ReadOnlySpan<byte> above, Span<byte> output)
    {
        const int Bpp = 3;
        long score = 0;
        for (var i = 0; i < row.Length; i++)
        {
            int a = i >= Bpp ? row[i - Bpp] : 0, b = above[i], c = i >= Bpp ? above[i - Bpp] : 0;
            var predictor = filter switch
            {
                0 => 0,
                1 => a,
                2 => b,
                3 => (a + b) / 2,
                _ => Paeth(a, b, c),
            };
            var value = (byte)(row[i] - predictor);
            output[i] = value;
            score += Math.Abs((int)(sbyte)value);
        }

        return score;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
