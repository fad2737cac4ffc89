using System.IO.Compression;

namespace OffresEmploi.Cli.Charts.Font;

/// <summary>
/// The glyph atlas' file format (<c>glyphs.bin</c>), read by the CLI and written by <c>tools/OffresEmploi.GlyphAtlas</c>,
/// which links this file so both sides share one definition.
/// </summary>
/// <remarks>
/// <para>Layout: <c>"OEGA"</c>, a version byte, then a zlib stream holding, little-endian: the face count (u8), and per
/// face its <see cref="ChartFont"/> id, pixel size, bold flag (u8 each), ascent and descent (i16), glyph count and kerning
/// pair count (u16); then per glyph its character and advance in 1/64 px (u16), left and top (i8), width and height (u8);
/// per kerning pair the two characters (u16) and the adjustment in 1/64 px (i16); then the glyphs' coverage bytes.</para>
/// <para>The glyphs are rasterised from DejaVu Sans (Bitstream Vera licence: see <c>Charts/Font/ATTRIBUTION.md</c>).</para>
/// </remarks>
internal sealed class GlyphAtlasFile(IReadOnlyList<GlyphFace> faces)
{
    /// <summary>The file's name, beside this source file.</summary>
    public const string FileName = "glyphs.bin";

    /// <summary>The format version this code reads and writes.</summary>
    public const byte Version = 1;

    private const string Regenerate = "regenerate it with `dotnet run --project tools/OffresEmploi.GlyphAtlas`";

    private static ReadOnlySpan<byte> Magic => "OEGA"u8;

    /// <summary>Gets the faces, in <see cref="ChartFont"/> order.</summary>
    public IReadOnlyList<GlyphFace> Faces { get; } = faces;

    /// <summary>Gets the face of a style.</summary>
    /// <param name="font">The style.</param>
    /// <returns>The face.</returns>
    public GlyphFace this[ChartFont font] => Faces[(int)font];

    /// <summary>Writes the file.</summary>
    /// <returns>The bytes of <c>glyphs.bin</c>.</returns>
    public byte[] ToBytes()
    {
        using var file = new MemoryStream();
        file.Write(Magic);
        file.WriteByte(Version);
        using (var zlib = new ZLibStream(file, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(WritePayload());
        }

        return file.ToArray();
    }

    /// <summary>Reads a file that <see cref="ToBytes"/> wrote.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <returns>The atlas.</returns>
    /// <exception cref="InvalidDataException">The bytes are not a glyph atlas of this version, or its faces are not <see cref="ChartFontFace.All"/>.</exception>
    public static GlyphAtlasFile Read(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(ReadPayload(bytes)));
        try
        {
            var faces = new GlyphFace[reader.ReadByte()];
            if (faces.Length != ChartFontFace.All.Count)
            {
                throw new InvalidDataException($"The glyph atlas has {faces.Length} faces, the charts use {ChartFontFace.All.Count}; {Regenerate}.");
            }

            for (var i = 0; i < faces.Length; i++)
            {
                faces[i] = ReadFace(reader, ChartFontFace.All[i]);
            }

            if (reader.BaseStream.Position != reader.BaseStream.Length)
            {
                throw new InvalidDataException($"The glyph atlas has bytes after its last face; {Regenerate}.");
            }

            return new GlyphAtlasFile(faces);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"The glyph atlas is truncated; {Regenerate}.", e);
        }
    }

    /// <summary>Checks the header and inflates the body: what two atlases must share to be the same atlas.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <returns>The uncompressed body (its compressed form depends on the zlib build).</returns>
    /// <exception cref="InvalidDataException">The header is not a glyph atlas of this version, or the body does not inflate.</exception>
    public static byte[] ReadPayload(byte[] bytes)
    {
        if (bytes.Length < Magic.Length + 1 || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic) || bytes[Magic.Length] != Version)
        {
            throw new InvalidDataException($"Not a version {Version} glyph atlas; {Regenerate}.");
        }

        using var zlib = new ZLibStream(new MemoryStream(bytes, Magic.Length + 1, bytes.Length - Magic.Length - 1), CompressionMode.Decompress);
        using var payload = new MemoryStream();
        zlib.CopyTo(payload);
        return payload.ToArray();
    }

    private static GlyphFace ReadFace(BinaryReader reader, ChartFontFace expected)
    {
        var face = new ChartFontFace((ChartFont)reader.ReadByte(), reader.ReadByte(), reader.ReadByte() != 0);
        if (face != expected)
        {
            throw new InvalidDataException($"The glyph atlas has {face} where the charts use {expected}; {Regenerate}.");
        }

        var ascent = reader.ReadInt16();
        var descent = reader.ReadInt16();
        var glyphs = new Glyph[reader.ReadUInt16()];
        var kerning = new KerningPair[reader.ReadUInt16()];
        var offset = 0;
        for (var i = 0; i < glyphs.Length; i++)
        {
            var glyph = new Glyph((char)reader.ReadUInt16(), reader.ReadUInt16(), reader.ReadSByte(), reader.ReadSByte(), reader.ReadByte(), reader.ReadByte(), offset);
            glyphs[i] = glyph;
            offset += glyph.Width * glyph.Height;
        }

        for (var i = 0; i < kerning.Length; i++)
        {
            kerning[i] = new KerningPair((char)reader.ReadUInt16(), (char)reader.ReadUInt16(), reader.ReadInt16());
        }

        var coverage = reader.ReadBytes(offset);
        if (coverage.Length != offset)
        {
            throw new EndOfStreamException();
        }

        return new GlyphFace(face, ascent, descent, glyphs, kerning, coverage);
    }

    private byte[] WritePayload()
    {
        using var payload = new MemoryStream();
        using var writer = new BinaryWriter(payload);
        writer.Write(checked((byte)Faces.Count));
        foreach (var face in Faces)
        {
            writer.Write((byte)face.Face.Font);
            writer.Write(checked((byte)face.Face.PixelSize));
            writer.Write(face.Face.Bold ? (byte)1 : (byte)0);
            writer.Write(checked((short)face.Ascent));
            writer.Write(checked((short)face.Descent));
            writer.Write(checked((ushort)face.Glyphs.Count));
            writer.Write(checked((ushort)face.Kerning.Count));
            foreach (var glyph in face.Glyphs)
            {
                writer.Write((ushort)glyph.Character);
                writer.Write(checked((ushort)glyph.Advance64));
                writer.Write(checked((sbyte)glyph.Left));
                writer.Write(checked((sbyte)glyph.Top));
                writer.Write(checked((byte)glyph.Width));
                writer.Write(checked((byte)glyph.Height));
            }

            foreach (var pair in face.Kerning)
            {
                writer.Write((ushort)pair.Left);
                writer.Write((ushort)pair.Right);
                writer.Write(checked((short)pair.Adjust64));
            }

            foreach (var glyph in face.Glyphs)
            {
                writer.Write(face.CoverageOf(glyph));
            }
        }

        writer.Flush();
        return payload.ToArray();
    }
}
