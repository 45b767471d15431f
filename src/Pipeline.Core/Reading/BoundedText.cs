using System.Text;
using System.Xml;

namespace Pipeline.Core.Reading;

/// <summary>
/// Reads the text of XML cells without ever holding more of one than a cell may keep: one character past the limit
/// is kept, so that the row shaper knows to cut and mark it, and the rest is read in chunks and dropped.
/// </summary>
/// <remarks>One instance per sheet being read; it reuses its buffers, so it is not thread-safe.</remarks>
internal sealed class BoundedText(int maxCellLength)
{
    private readonly char[] _chunk = new char[4096];
    private readonly StringBuilder _text = new();
    private readonly int _limit = maxCellLength + 1;

    public int Length => _text.Length;

    public void Clear() => _text.Clear();

    public void Append(char character)
    {
        if (_text.Length < _limit)
        {
            _text.Append(character);
        }
    }

    public void Append(string value) => _text.Append(value, 0, Math.Min(value.Length, Math.Max(0, _limit - _text.Length)));

    /// <summary>Appends the value of the current text node, in chunks.</summary>
    public void AppendValue(XmlReader reader)
    {
        if (!reader.CanReadValueChunk)
        {
            Append(reader.Value);
            return;
        }

        int read;
        while ((read = reader.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
        {
            var room = _limit - _text.Length;
            if (room > 0)
            {
                _text.Append(_chunk, 0, Math.Min(read, room));
            }
        }
    }

    /// <summary>Reads the current element's text (all text below it) and leaves the reader on its end.</summary>
    public string ReadElement(XmlReader reader)
    {
        Clear();
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        var depth = reader.Depth;
        while (reader.Read() && reader.Depth > depth)
        {
            if (IsText(reader.NodeType))
            {
                AppendValue(reader);
            }
        }

        return ToString();
    }

    public static bool IsText(XmlNodeType type) =>
        type is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace;

    /// <summary>The text so far, copied into <paramref name="buffer"/> (grown when too small): no string is made.</summary>
    public ReadOnlySpan<char> CopyTo(ref char[] buffer)
    {
        if (buffer.Length < _text.Length)
        {
            buffer = new char[_text.Length];
        }

        _text.CopyTo(0, buffer, _text.Length);
        return buffer.AsSpan(0, _text.Length);
    }

    public override string ToString() => _text.ToString();
}
