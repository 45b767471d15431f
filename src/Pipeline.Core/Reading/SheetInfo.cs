namespace Pipeline.Core.Reading;

/// <summary>A sheet's name and whether the workbook hides it (hidden sheets are read only when no visible one holds a list).</summary>
internal sealed record SheetInfo(string Name, bool IsHidden);
