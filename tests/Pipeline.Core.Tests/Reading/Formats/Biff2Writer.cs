using System.Text;

namespace Pipeline.Core.Tests.Reading.Formats;

/// <summary>
/// Writes an Excel 2.x worksheet: a bare BIFF2 record stream (BOF, DIMENSIONS, LABEL and NUMBER cells, EOF), no OLE2
/// container, as Excel 2.0-4.0 saved it. Made by the test, so the format needs no committed binary.
/// </summary>
public static class Biff2Writer
{
    public static MemoryStream Write(params object?[][] rows)
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.Latin1, leaveOpen: true))
        {
            Record(writer, 0x0009, [0x00, 0x02, 0x10, 0x00]);
            var columns = rows.Max(r => r.Length);
            Record(writer, 0x0000, [.. U16(0), .. U16(rows.Length), .. U16(0), .. U16(columns)]);
            for (var row = 0; row < rows.Length; row++)
            {
                for (var column = 0; column < rows[row].Length; column++)
                {
                    byte[] position = [.. U16(row), .. U16(column), 0, 0, 0];
                    switch (rows[row][column])
                    {
                        case string text:
                            var bytes = Encoding.Latin1.GetBytes(text);
                            Record(writer, 0x0004, [.. position, (byte)bytes.Length, .. bytes]);
                            break;
                        case double number:
                            Record(writer, 0x0003, [.. position, .. BitConverter.GetBytes(number)]);
                            break;
                    }
                }
            }

            Record(writer, 0x000A, []);
        }

        stream.Position = 0;
        return stream;
    }

    private static byte[] U16(int value) => BitConverter.GetBytes((ushort)value);

    private static void Record(BinaryWriter writer, ushort id, byte[] data)
    {
        writer.Write(id);
        writer.Write((ushort)data.Length);
        writer.Write(data);
    }
}
