namespace Pipeline.Core.Reading;

/// <summary>
/// Chooses between semicolon (Excel with Indonesian regional settings), comma and tab by looking at the first
/// lines: the delimiter whose count per line is both high and consistent wins. Delimiters inside quotes do not count,
/// so a quoted "Aek Kanopan, 12-03-1980" in a semicolon file does not fool it.
/// </summary>
internal static class DelimiterDetector
{
    private const int SampleLines = 20;

    /// <summary>A bound on the sample, so that one enormous first line (or an open quote) is not read to its end.</summary>
    private const int SampleCharacters = 64 * 1024;
    private static readonly char[] Candidates = [';', ',', '\t'];

    public static char Detect(TextReader reader)
    {
        var counts = Candidates.ToDictionary(c => c, _ => new List<int>());
        var inQuotes = false;
        var lineCounts = Candidates.ToDictionary(c => c, _ => 0);
        var lines = 0;
        var read = 0;
        int next;
        while (lines < SampleLines && read++ < SampleCharacters && (next = reader.Read()) >= 0)
        {
            var character = (char)next;
            if (character == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && character == '\n')
            {
                Flush();
            }
            else if (!inQuotes && lineCounts.ContainsKey(character))
            {
                lineCounts[character]++;
            }
        }

        Flush();
        return Candidates.MaxBy(Score);

        void Flush()
        {
            foreach (var candidate in Candidates)
            {
                counts[candidate].Add(lineCounts[candidate]);
                lineCounts[candidate] = 0;
            }

            lines++;
        }

        int Score(char candidate)
        {
            var nonZero = counts[candidate].Where(c => c > 0).ToList();
            if (nonZero.Count == 0)
            {
                return 0;
            }

            var mode = nonZero.GroupBy(c => c).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First();
            return mode.Count() * mode.Key;
        }
    }
}
