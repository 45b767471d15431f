namespace Pipeline.Core.Reading;

/// <summary>One physical sheet row as read: its real 1-based row number and typed cells.</summary>
internal readonly record struct RawRow(int Number, object?[] Cells);
