using Pipeline.Core.Model;
using Pipeline.Core.Processing;

namespace Pipeline.Core.Results;

/// <summary>
/// The "Hasil" sheet: the uploader's rows as sent, plus Baris, Status, Keterangan and ID Orang columns; offending
/// cells highlighted (errors over warnings), each status in its colour, columns as wide as their content, the
/// header frozen, filterable and repeated on every printed page.
/// </summary>
/// <remarks>
/// NIK, No. KK and phone columns carry the Text format, on the cells and on the column, so what an official types
/// there to fix a row keeps every digit and its leading zero. Columns a previous result added (the official
/// uploaded the result again) are left out: the fresh ones replace them.
/// </remarks>
internal static class ResultSheetWriter
{
    private const double MinWidth = 4;
    private const double MaxValueWidth = 36;
    private const double MaxStatusWidth = 12;
    private const double MaxReasonWidth = 50;

    /// <summary>Fields that are digit strings, never numbers: Excel would drop a leading zero or digits past the 15th.</summary>
    private static readonly HashSet<Field> TextFields = [Field.Nik, Field.NoKk, Field.Phone, Field.Kpj];

    /// <summary>Writes the sheet and returns the range its auto filter covers (last row, last column).</summary>
    public static (int LastRow, int LastColumn) Write(SheetWriter sheet, ProcessedList list)
    {
        var layout = list.Layout;
        var stale = ResultColumns.StaleIn(layout.ColumnNames);
        var shown = Enumerable.Range(0, layout.ColumnNames.Count).Where(c => !stale.Contains(c)).ToArray();
        var grid = Grid.Plan(list, shown);

        sheet.View(selected: false, freezeTopRow: true);
        sheet.Columns(grid.Columns().ToArray());

        string[] headers = [ResultColumns.SourceRow, .. shown.Select(c => layout.ColumnNames[c]), ResultColumns.Status, ResultColumns.Reason, ResultColumns.PersonId];
        sheet.StartRow(headers.Select((h, i) => TextWidth.Lines(h, grid.Widths[i + 1] - ColumnFit.FilterButton, TextWidth.BoldFactor)).Max());
        for (var i = 0; i < headers.Length; i++)
        {
            sheet.Text(i + 1, headers[i], CellStyle.Header);
        }

        var fills = new CellFill[layout.ColumnNames.Count];
        foreach (var (source, record) in list.Rows)
        {
            var explanation = ResultWorkbookWriter.Explain(record);
            var status = record.Status.ToIndonesian();
            sheet.StartRow(grid.Lines(source, status, explanation));
            if (layout.RowShown(source.RowNumber) is string combinedRow)
            {
                sheet.Text(1, combinedRow);
            }
            else
            {
                sheet.Number(1, source.RowNumber);
            }

            Highlights(record, layout.FieldColumns, fills);
            for (var k = 0; k < shown.Length; k++)
            {
                var c = shown[k];
                UploadedValueWriter.Write(sheet, k + 2, c < source.Cells.Count ? source.Cells[c] : null, grid.Styles[k + 2] with { Fill = fills[c] });
            }

            sheet.Text(grid.StatusColumn, status, grid.Styles[grid.StatusColumn] with { Fill = CellFill.Of(record.Status) });
            sheet.Text(grid.ReasonColumn, explanation, CellStyle.Wrapped);
            if (record.PersonId is not null)
            {
                sheet.Text(grid.PersonColumn, record.PersonId);
            }
        }

        sheet.AutoFilter($"A1:{CellReference.Of(sheet.LastRow, grid.PersonColumn)}");
        return (sheet.LastRow, grid.PersonColumn);
    }

    /// <summary>Fills <paramref name="fills"/> with each column's highlight; an error wins over a warning on the same cell.</summary>
    private static void Highlights(WorkerRecord record, IReadOnlyDictionary<Field, int> fieldColumns, CellFill[] fills)
    {
        Array.Clear(fills);
        foreach (var issue in record.Issues)
        {
            if (issue.Field is { } field && fieldColumns.TryGetValue(field, out var column) && column < fills.Length)
            {
                var fill = issue.Severity == Severity.Error ? CellFill.Error : CellFill.Warning;
                if (fills[column] != CellFill.Error)
                {
                    fills[column] = fill;
                }
            }
        }
    }

    /// <summary>
    /// The sheet's columns, planned from a first pass over every row (see <see cref="ColumnFit"/>): widths, and the
    /// style each column's values take (Text for digit strings, wrap where the content is wider than the bound).
    /// </summary>
    private sealed class Grid
    {
        private readonly int[] _shown;
        private readonly int _dateColumn;

        private Grid(int[] shown, int dateColumn, double[] widths, CellStyle[] styles)
        {
            this._shown = shown;
            this._dateColumn = dateColumn;
            Widths = widths;
            Styles = styles;
        }

        public int StatusColumn => _shown.Length + 2;
        public int ReasonColumn => _shown.Length + 3;
        public int PersonColumn => _shown.Length + 4;

        /// <summary>Width of each column, 1-based.</summary>
        public double[] Widths { get; }

        /// <summary>The style of each column's values before highlighting, 1-based.</summary>
        public CellStyle[] Styles { get; }

        public static Grid Plan(ProcessedList list, int[] shown)
        {
            var layout = list.Layout;
            var last = shown.Length + 4;
            var fit = new ColumnFit(last);
            fit.Header(1, ResultColumns.SourceRow);
            for (var k = 0; k < shown.Length; k++)
            {
                fit.Header(k + 2, layout.ColumnNames[shown[k]]);
            }

            fit.Header(last - 2, ResultColumns.Status);
            fit.Header(last - 1, ResultColumns.Reason);
            fit.Header(last, ResultColumns.PersonId);
            foreach (var (source, record) in list.Rows)
            {
                if (layout.RowShown(source.RowNumber) is string combinedRow)
                {
                    fit.Text(1, combinedRow);
                }
                else
                {
                    fit.Number(1, source.RowNumber);
                }

                for (var k = 0; k < shown.Length; k++)
                {
                    fit.Value(k + 2, shown[k] < source.Cells.Count ? source.Cells[shown[k]] : null);
                }

                fit.Text(last - 2, record.Status.ToIndonesian());
                fit.TextOfWidth(last - 1, ResultWorkbookWriter.ExplanationWidth(record));
                fit.Text(last, record.PersonId ?? string.Empty);
            }

            var widths = new double[last + 1];
            var styles = new CellStyle[last + 1];
            var textColumns = layout.FieldColumns.Where(p => TextFields.Contains(p.Key)).Select(p => p.Value).ToHashSet();
            for (var column = 1; column <= last; column++)
            {
                var max = column == last - 2 ? MaxStatusWidth : column == last - 1 ? MaxReasonWidth : MaxValueWidth;
                widths[column] = fit.Width(column, MinWidth, max);
                var isText = column >= 2 && column < last - 2 && textColumns.Contains(shown[column - 2]);
                styles[column] = new CellStyle(Number: isText ? NumberKind.Text : NumberKind.General, Wrap: fit.Wraps(column, max));
            }

            styles[last - 1] = CellStyle.Wrapped;
            // A birth date split over Tgl | Bln | Thn has a day, not a date, in its column.
            var dateColumn = layout.SplitBirthDate is null ? layout.FieldColumns.GetValueOrDefault(Field.BirthDate, -1) : -1;
            return new Grid(shown, dateColumn, widths, styles);
        }

        public IEnumerable<(int Column, double Width, CellStyle Style)> Columns()
        {
            for (var column = 1; column < Widths.Length; column++)
            {
                var style = Styles[column];
                if (column >= 2 && column < StatusColumn && _shown[column - 2] == _dateColumn)
                {
                    // Dates typed into an empty cell of the birth-date column show as dd-mm-yyyy like the others.
                    style = style with { Number = NumberKind.Date };
                }

                yield return (column, Widths[column], style);
            }
        }

        /// <summary>The lines the row's tallest wrapped cell takes.</summary>
        public int Lines(SourceRow source, string status, string explanation)
        {
            var lines = TextWidth.Lines(explanation, Widths[ReasonColumn]);
            if (Styles[StatusColumn].Wrap)
            {
                lines = Math.Max(lines, TextWidth.Lines(status, Widths[StatusColumn]));
            }

            for (var k = 0; k < _shown.Length; k++)
            {
                if (Styles[k + 2].Wrap && _shown[k] < source.Cells.Count && source.Cells[_shown[k]] is string text)
                {
                    lines = Math.Max(lines, TextWidth.Lines(text, Widths[k + 2]));
                }
            }

            return lines;
        }
    }
}
