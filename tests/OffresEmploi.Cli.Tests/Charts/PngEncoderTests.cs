using OffresEmploi.Cli.Charts.Png;
using OffresEmploi.Cli.Tests.TestSupport;

namespace OffresEmploi.Cli.Tests.Charts;

public sealed class PngEncoderTests
{
    [Fact]
    public void Crc32_CheckValue_MatchesTheStandard()
    {
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));
        Assert.Equal(0u, Crc32.Compute([]));
        Assert.Equal(0xAE426082u, Crc32.Compute("IEND"u8)); // every PNG ends with these four bytes
    }

    [Fact]
    public void Crc32_Append_EqualsTheCrcOfTheWhole()
    {
        var bytes = Enumerable.Range(0, 1000).Select(i => (byte)(i * 7)).ToArray();

        Assert.Equal(Crc32.Compute(bytes), Crc32.Append(Crc32.Compute(bytes.AsSpan(0, 333)), bytes.AsSpan(333)));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 5)]
    [InlineData(64, 48)]
    public void Write_AnyPixels_DecodeToTheSamePixels(int width, int height)
    {
        // Gradients, noise and flat runs: each of the five row filters wins somewhere.
        var random = new Random(width * 1000 + height);
        var rgb = new byte[width * height * 3];
        for (var i = 0; i < rgb.Length; i++)
        {
            var y = i / (width * 3);
            rgb[i] = y % 3 == 0 ? (byte)random.Next(256) : y % 3 == 1 ? (byte)(i * 5) : (byte)200;
        }

        using var output = new MemoryStream();
        PngEncoder.Write(output, width, height, rgb);

        var image = PngFile.Decode(output.ToArray());
        Assert.Equal((width, height), (image.Width, image.Height));
        Assert.Equal(rgb, image.Rgb);
    }

    [Fact]
    public void Write_WrongPixelCount_Throws()
    {
        using var output = new MemoryStream();

        Assert.Throws<ArgumentOutOfRangeException>(() => PngEncoder.Write(output, 2, 2, new byte[11]));
    }
}
