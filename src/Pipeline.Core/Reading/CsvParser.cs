using System.Text;

namespace Pipeline.Core.Reading;

/// <summary>
/// Streams delimited records (RFC 4180 style): quoted fields may hold the delimiter, doubled quotes and line
/// breaks; CRLF, LF and CR all end a record. One record is one spreadsheet row, whatever its physical lines.
/// </summary>
internal static class CsvParser
{
    public static IEnumerable<string?[]> ReadRecords(TextReader reader, char delimiter)
    {
        var fields = new List<string?>();
        var field = new StringBuilder();
        var inQuotes = false;
        var fieldWasQuoted = false;
        var recordHasContent = false;

        int next;
        while ((next = reader.Read()) >= 0)
        {
            var character = (char)next;
            if (inQuotes)
            {
                if (character != '"')
                {
                    field.Append(character);
                }
                else if (reader.Peek() == '"')
                {
                    reader.Read();
                    field.Append('"');
                }
                else
                {
                    inQuotes = false;
                }

                continue;
            }

            if (character == '"' && field.Length == 0 && !fieldWasQuoted)
            {
                inQuotes = true;
                fieldWasQuoted = true;
                recordHasContent = true;
            }
            else if (character == delimiter)
            {
                EndField();
                recordHasContent = true;
            }
            else if (character is '\r' or '\n')
            {
                if (character == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                yield return EndRecord();
            }
            else
            {
                field.Append(character);
                recordHasContent = true;
            }
        }

        if (recordHasContent || field.Length > 0)
        {
            yield return EndRecord();
        }

        void EndField()
        {
            fields.Add(field.Length == 0 ? null : field.ToString());
            field.Clear();
            fieldWasQuoted = false;
        }

        string?[] EndRecord()
        {
            EndField();
            var record = fields.ToArray();
            fields.Clear();
            recordHasContent = false;
            return record;
        }
    }
}
