using Pipeline.Core.Model;

namespace Pipeline.Core.Reading;

/// <summary>
/// Government forms often have a two-row header: "Tempat/Tgl Lahir" or "Kelahiran" merged over "Tempat" | "Tanggal".
/// The second row refines the columns of the first and is not a person.
/// </summary>
/// <remarks>
/// <para>A merged cell keeps its text in its first column only, so each sub-header cell is read alone and, failing that,
/// together with the nearest header text at or left of it ("Tanggal" under "Kelahiran" is "tanggal kelahiran").</para>
/// <para>Two splits of one field are common on village forms and are read as parts: "Jenis Kelamin" over "L" | "P" (a
/// mark in one of them) and "Tanggal Lahir" over "Tgl" | "Bln" | "Thn". They count only whole (both sex columns, all
/// three date columns); the normaliser puts the parts together (<see cref="SheetLayout.SplitSex"/>,
/// <see cref="SheetLayout.SplitBirthDate"/>).</para>
/// </remarks>
internal static class SubHeaderRow
{
    private static readonly Dictionary<string, Part> SexParts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["L"] = Part.Male, ["LK"] = Part.Male, ["LAKI"] = Part.Male, ["LAKI-LAKI"] = Part.Male, ["LAKI LAKI"] = Part.Male, ["PRIA"] = Part.Male,
        ["P"] = Part.Female, ["PR"] = Part.Female, ["PEREMPUAN"] = Part.Female, ["WANITA"] = Part.Female,
    };

    private static readonly Dictionary<string, Part> DateParts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["TGL"] = Part.Day, ["TANGGAL"] = Part.Day, ["HARI"] = Part.Day, ["HR"] = Part.Day, ["DD"] = Part.Day,
        ["BLN"] = Part.Month, ["BULAN"] = Part.Month, ["MM"] = Part.Month,
        ["THN"] = Part.Year, ["TAHUN"] = Part.Year, ["YYYY"] = Part.Year, ["YY"] = Part.Year,
    };

    /// <summary>A part of a field split over several columns.</summary>
    public enum Part
    {
        Male,
        Female,
        Day,
        Month,
        Year,
    }

    /// <summary>The fields of a row made only of recognised header phrases; null for any other row.</summary>
    public static IReadOnlyDictionary<Field, int>? Match(object?[] cells, HeaderVocabulary vocabulary, object?[]? headerCells = null) =>
        Match(cells, vocabulary, headerCells, out _);

    /// <summary>
    /// The fields of a row made only of recognised header phrases and, under a sex or birth-date header, the parts of a
    /// split field (<paramref name="parts"/>, only when whole); null for any other row.
    /// </summary>
    public static IReadOnlyDictionary<Field, int>? Match(object?[] cells, HeaderVocabulary vocabulary, object?[]? headerCells, out IReadOnlyDictionary<Part, int> parts)
    {
        // Parts first ("Tgl" under "Tanggal Lahir" is the day, not the date), but only a whole split counts: "Tanggal"
        // under "Kelahiran" beside "Tempat" is the date itself, read as before.
        if (headerCells is not null && Classify(cells, vocabulary, headerCells, withParts: true, out parts) is { } fields && IsWhole(parts))
        {
            return fields;
        }

        return Classify(cells, vocabulary, headerCells, withParts: false, out parts);
    }

    private static IReadOnlyDictionary<Field, int>? Classify(
        object?[] cells, HeaderVocabulary vocabulary, object?[]? headerCells, bool withParts, out IReadOnlyDictionary<Part, int> parts)
    {
        var fields = new Dictionary<Field, int>();
        var found = new Dictionary<Part, int>();
        parts = found;
        for (var column = 0; column < cells.Length; column++)
        {
            if (TypedCell.IsEmpty(cells[column]))
            {
                continue;
            }

            if (cells[column] is not string text)
            {
                return null;
            }

            if (withParts && PartInContext(text.Trim(), column, vocabulary, headerCells) is { } part)
            {
                found.TryAdd(part, column);
            }
            else if (MatchInContext(text, column, vocabulary, headerCells) is { } field)
            {
                fields.TryAdd(field, column);
            }
            else
            {
                return null;
            }
        }

        return fields.Count > 0 || found.Count > 0 ? fields : null;
    }

    /// <summary>Both sex columns, all three date columns, or none of either.</summary>
    private static bool IsWhole(IReadOnlyDictionary<Part, int> parts)
    {
        var sex = parts.Keys.Count(p => p is Part.Male or Part.Female);
        var date = parts.Keys.Count(p => p is Part.Day or Part.Month or Part.Year);
        return (sex is 0 or 2) && (date is 0 or 3);
    }

    /// <summary>The header refined by its sub-header: a sub-header field replaces whatever the merged cell above meant.</summary>
    public static SheetLayout Refine(SheetLayout header, IReadOnlyDictionary<Field, int> subFields, object?[] subCells) =>
        Refine(header, subFields, new Dictionary<Part, int>(), subCells);

    /// <summary>The header refined by its sub-header, split fields included: a split field is found at its first part's column.</summary>
    public static SheetLayout Refine(SheetLayout header, IReadOnlyDictionary<Field, int> subFields, IReadOnlyDictionary<Part, int> parts, object?[] subCells)
    {
        var columns = header.FieldColumns.ToDictionary();
        var withParts = subFields.ToDictionary();
        (int, int)? splitSex = parts.TryGetValue(Part.Male, out var male) && parts.TryGetValue(Part.Female, out var female) ? (male, female) : null;
        (int, int, int)? splitDate = parts.TryGetValue(Part.Day, out var day) && parts.TryGetValue(Part.Month, out var month) && parts.TryGetValue(Part.Year, out var year)
            ? (day, month, year)
            : null;
        if (splitSex is { } sex)
        {
            columns.Remove(Field.Sex);
            withParts[Field.Sex] = sex.Item1;
        }

        if (splitDate is { } date)
        {
            columns.Remove(Field.BirthDate);
            withParts[Field.BirthDate] = date.Item1;
        }

        foreach (var (field, column) in withParts)
        {
            if (columns.TryGetValue(field, out var existing) && existing != column)
            {
                continue;
            }

            foreach (var replaced in columns.Where(pair => pair.Value == column).Select(pair => pair.Key).ToList())
            {
                columns.Remove(replaced);
            }

            columns[field] = column;
        }

        var names = Enumerable.Range(0, Math.Max(header.ColumnNames.Count, Array.FindLastIndex(subCells, c => !TypedCell.IsEmpty(c)) + 1))
            .Select(column => column < subCells.Length && !TypedCell.IsEmpty(subCells[column])
                ? TypedCell.AsText(subCells[column]).Trim()
                : column < header.ColumnNames.Count ? header.ColumnNames[column] : string.Empty)
            .ToArray();

        return header with { ColumnNames = names, FieldColumns = columns, SplitSex = splitSex ?? header.SplitSex, SplitBirthDate = splitDate ?? header.SplitBirthDate };
    }

    /// <summary>A part of a split sex or birth date: the cell's word under a header that names that field.</summary>
    private static Part? PartInContext(string text, int column, HeaderVocabulary vocabulary, object?[]? headerCells)
    {
        if (ParentText(column, headerCells) is not { } parent || vocabulary.Match(parent) is not { } field)
        {
            return null;
        }

        return field.Field switch
        {
            Field.Sex when SexParts.TryGetValue(text, out var part) => part,
            Field.BirthDate or Field.BirthPlaceAndDate when DateParts.TryGetValue(text.TrimEnd('.'), out var part) => part,
            _ => null,
        };
    }

    private static Field? MatchInContext(string text, int column, HeaderVocabulary vocabulary, object?[]? headerCells)
    {
        if (vocabulary.Match(text) is { } alone)
        {
            return alone.Field;
        }

        var parent = ParentText(column, headerCells);
        if (parent is null)
        {
            return null;
        }

        // Only an exact phrase counts in context: as a prefix, "Nama" over any name would look like a header.
        foreach (var combined in new[] { $"{text} {parent}", $"{parent} {text}" })
        {
            if (vocabulary.Match(combined) is { IsExact: true } match)
            {
                return match.Field;
            }
        }

        return null;
    }

    private static string? ParentText(int column, object?[]? headerCells)
    {
        if (headerCells is null)
        {
            return null;
        }

        for (var index = Math.Min(column, headerCells.Length - 1); index >= 0; index--)
        {
            if (!TypedCell.IsEmpty(headerCells[index]))
            {
                return TypedCell.AsText(headerCells[index]);
            }
        }

        return null;
    }
}
