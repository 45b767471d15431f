using System.Text;
using Pipeline.Core.Model;

namespace Pipeline.Core.Reading.Xlsx;

/// <summary>
/// The shared strings of one .xlsx, held compactly and within a bound: UTF-8 bytes in 64 KiB blocks, one 4-byte
/// position per string, so an item costs its text plus <see cref="ItemOverhead"/> bytes instead of a string object
/// and a list slot (24-40 bytes before any text). Past <see cref="ReadingOptions.MaxSharedStrings"/> strings or
/// <see cref="ReadingOptions.MaxSharedStringBytes"/> bytes (text plus overhead) the file is
/// <c>FILE_PACKAGE_TOO_LARGE</c>: 50 million empty items in a 366 KB file stop after the first two million.
/// </summary>
/// <remarks>
/// Each string is kept up to the cell limit plus one character (so a cut is still seen), as before. A string is
/// decoded from UTF-8 each time a cell asks for it: cells are read once per pass, and the reader makes at most
/// three passes (header, row count, rows).
/// </remarks>
internal sealed class SharedStringTable
{
    /// <summary>Bytes counted per item beside its text: its position (4) and its length prefix (up to 2), rounded up.</summary>
    public const int ItemOverhead = 8;

    private const int BlockSize = 64 * 1024;
    private const int BlockBits = 16;

    private readonly List<byte[]> _blocks = [];
    private readonly ReadingOptions _options;
    private int[] _positions = new int[1024];
    private int _used = BlockSize;
    private long _bytes;

    public SharedStringTable(ReadingOptions options) => _options = options;

    public int Count { get; private set; }

    /// <summary>The bytes counted against the bound so far.</summary>
    public long Bytes => _bytes;

    public static SharedStringTable Empty { get; } = new(ReadingOptions.Default);

    public void Add(ReadOnlySpan<char> text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, 0x7FFF, nameof(text));
        _bytes += length + ItemOverhead;
        if (Count >= _options.MaxSharedStrings || _bytes > _options.MaxSharedStringBytes)
        {
            throw new FileRejectedException(IssueCatalog.FilePackageTooLarge);
        }

        var needed = length + 2;
        if (_used + needed > BlockSize)
        {
            _blocks.Add(new byte[BlockSize]);
            _used = 0;
        }

        if (Count == _positions.Length)
        {
            Array.Resize(ref _positions, _positions.Length * 2);
        }

        var block = _blocks[^1];
        _positions[Count++] = ((_blocks.Count - 1) << BlockBits) | _used;
        block[_used] = (byte)((length & 0x7F) | (length > 0x7F ? 0x80 : 0));
        var start = _used + 1;
        if (length > 0x7F)
        {
            block[start++] = (byte)(length >> 7);
        }

        Encoding.UTF8.GetBytes(text, block.AsSpan(start));
        _used = start + length;
    }

    /// <summary>The string at <paramref name="index"/>, or null when the file points past the table (a damaged cell).</summary>
    public string? Get(int index)
    {
        if ((uint)index >= (uint)Count)
        {
            return null;
        }

        var position = _positions[index];
        var block = _blocks[position >>> BlockBits];
        var offset = position & (BlockSize - 1);
        int length = block[offset] & 0x7F;
        var start = offset + 1;
        if ((block[offset] & 0x80) != 0)
        {
            length |= block[start++] << 7;
        }

        return length == 0 ? string.Empty : Encoding.UTF8.GetString(block, start, length);
    }
}
