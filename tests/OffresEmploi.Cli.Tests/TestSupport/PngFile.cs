using System.Buffers.Binary;
using System.IO.Compression;

namespace OffresEmploi.Cli.Tests.TestSupport;

/// <summary>
/// A small PNG reader for the tests, written from the specification and apart from the CLI's encoder: it checks the
/// signature, the IHDR, every chunk's CRC-32 (computed bit by bit, not from a table) and the chunk order, then inflates
/// and unfilters the pixels of 8-bit RGB images.
/// </summary>
internal static class PngFile
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Reads the IHDR dimensions, after checking the signature.</summary>
    public static (int Width, int Height) ReadSize(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 33, "the file is too short to be a PNG");
        Assert.Equal(Signature, bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        var width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4));
        return (width, height);
    }

    /// <summary>Reads and checks a whole 8-bit RGB, non-interlaced PNG.</summary>
    public static PngImage Decode(string path) => Decode(File.ReadAllBytes(path));

    /// <summary>Reads and checks a whole 8-bit RGB, non-interlaced PNG.</summary>
    public static PngImage Decode(byte[] bytes)
    {
        Assert.Equal(Signature, bytes[..8]);
        var chunks = new List<string>();
        using var idat = new MemoryStream();
        int width = 0, height = 0;
        for (var offset = 8; offset < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(bytes, offset + 4, 4);
            var data = bytes.AsSpan(offset + 8, length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset + 8 + length));
            Assert.True(crc == BitwiseCrc32(bytes.AsSpan(offset + 4, length + 4)), $"chunk {type}: bad CRC {crc:X8}");
            chunks.Add(type);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.Equal(new byte[] { 8, 2, 0, 0, 0 }, data[8..13].ToArray()); // 8-bit, RGB, deflate, adaptive filters, no interlace
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            offset += 12 + length;
        }

        Assert.Equal("IHDR", chunks[0]);
        Assert.Equal("IEND", chunks[^1]);
        Assert.Contains("IDAT", chunks);
        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        return new PngImage(width, height, Unfilter(raw.ToArray(), width, height));
    }

    private static byte[] Unfilter(byte[] raw, int width, int height)
    {
        var stride = width * 3;
        Assert.Equal((stride + 1) * height, raw.Length);
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            Assert.InRange(filter, 0, 4);
            for (var i = 0; i < stride; i++)
            {
                int a = i >= 3 ? pixels[(y * stride) + i - 3] : 0;
                int b = y > 0 ? pixels[((y - 1) * stride) + i] : 0;
                int c = i >= 3 && y > 0 ? pixels[((y - 1) * stride) + i - 3] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    _ => Math.Abs(b - c) <= Math.Abs(a - c) && Math.Abs(b - c) <= Math.Abs(a + b - (2 * c)) ? a
                        : Math.Abs(a - c) <= Math.Abs(a + b - (2 * c)) ? b : c,
                };
                pixels[(y * stride) + i] = (byte)(raw[(y * (stride + 1)) + 1 + i] + predictor);
            }
        }

        return pixels;
    }

    private static uint BitwiseCrc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
            }
        }

        return ~crc;
    }
}
