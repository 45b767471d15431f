namespace Pipeline.Core.Model;

/// <summary>Where the table sits in a sheet: the header row found and which column holds which field.</summary>
public sealed class SheetLayout
{
    public required string SheetName { get; init; }

    /// <summary>1-based sheet row of the header.</summary>
    public required int HeaderRow { get; init; }

    /// <summary>Header texts as the uploader wrote them, one per column (empty string where blank).</summary>
    public required IReadOnlyList<string> ColumnNames { get; init; }

    /// <summary>0-based column index of each recognised field.</summary>
    public required IReadOnlyDictionary<Field, int> FieldColumns { get; init; }

    public bool Has(Field field) => FieldColumns.ContainsKey(field);
}
