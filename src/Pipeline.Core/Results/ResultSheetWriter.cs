using Pipeline.Core.Model;
using Pipeline.Core.Processing;

namespace Pipeline.Core.Results;

/// <summary>
/// The "Hasil" sheet: the uploader's rows as sent, plus Status, Keterangan and ID Orang columns, offending cells
/// highlighted (errors over warnings), the header frozen and filterable.
/// </summary>
internal static class ResultSheetWriter
{
    private static readonly CellStyle Reason = new(Wrap: true);

    /// <summary>Writes the sheet and returns the range its auto filter covers (last row, last column).</summary>
    public static (int LastRow, int LastColumn) Write(SheetWriter sheet, ProcessedList list)
    {
        var columns = list.Layout.ColumnNames;
        var statusColumn = columns.Count + 2;
        var reasonColumn = columns.Count + 3;
        var personColumn = columns.Count + 4;

        sheet.FreezeTopRow();
        sheet.Columns((statusColumn, 20, CellStyle.Default), (reasonColumn, 80, Reason));

        sheet.StartRow();
        sheet.Text(1, "Baris", CellStyle.Header);
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Text(c + 2, columns[c], CellStyle.Header);
        }

        sheet.Text(statusColumn, "Status", CellStyle.Header);
        sheet.Text(reasonColumn, "Keterangan", CellStyle.Header);
        sheet.Text(personColumn, "ID Orang", CellStyle.Header);

        var fills = new FillKind[columns.Count];
        foreach (var (source, record) in list.Rows)
        {
            sheet.StartRow();
            sheet.Number(1, source.RowNumber);
            Highlights(record, list.Layout.FieldColumns, fills);
            for (var c = 0; c < columns.Count; c++)
            {
                var style = new CellStyle(Fill: fills[c]);
                UploadedValueWriter.Write(sheet, c + 2, c < source.Cells.Count ? source.Cells[c] : null, style);
            }

            sheet.Text(statusColumn, record.Status.ToIndonesian());
            sheet.Text(reasonColumn, ResultWorkbookWriter.Explain(record), Reason);
            if (record.PersonId is not null)
            {
                sheet.Text(personColumn, record.PersonId);
            }
        }

        sheet.AutoFilter($"A1:{CellReference.Of(sheet.LastRow, personColumn)}");
        return (sheet.LastRow, personColumn);
    }

    /// <summary>Fills <paramref name="fills"/> with each column's highlight; an error wins over a warning on the same cell.</summary>
    private static void Highlights(WorkerRecord record, IReadOnlyDictionary<Field, int> fieldColumns, FillKind[] fills)
    {
        Array.Clear(fills);
        foreach (var issue in record.Issues)
        {
            if (issue.Field is { } field && fieldColumns.TryGetValue(field, out var column) && column < fills.Length)
            {
                var fill = issue.Severity == Severity.Error ? FillKind.Error : FillKind.Warning;
                if (fills[column] != FillKind.Error)
                {
                    fills[column] = fill;
                }
            }
        }
    }
}
