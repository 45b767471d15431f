namespace Pipeline.Core.Results;

/// <summary>
/// The one rule every CSV and workbook the product writes follows so that no cell becomes a live formula when a
/// spreadsheet opens it (OWASP "CSV injection"): text that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>,
/// a tab or a carriage return is neutralised.
/// </summary>
/// <remarks>
/// <para>Uploaded cells are the uploaders' text (names, addresses, remarks) and go back out in records.csv, the
/// result workbooks and the reports other officials open; one village cell typed as <c>=HYPERLINK(...)</c> must not
/// run on a Disnaker desk.</para>
/// <para>How each kind of writer applies it:</para>
/// <list type="bullet">
/// <item>CSV: write <see cref="ForCsv"/> of every field (then quote as RFC 4180 asks). The value gains a leading
/// <c>'</c>, which spreadsheets hide and CSV readers see; the change is the price of safety and is documented in the
/// README's export contract.</item>
/// <item>Workbooks: write text as a string cell (an inline or shared string, never a formula element) and, where
/// <see cref="StartsLikeFormula"/> is true, give the cell the quote-prefix style (<c>quotePrefix="1"</c>) so Excel
/// keeps it as text when an official edits the cell. The text itself is not changed. With ClosedXML:
/// <c>cell.SetValue(text)</c> (a string value is never a formula; only <c>FormulaA1</c> makes one), then
/// <c>cell.Style.IncludeQuotePrefix = SafeCellText.StartsLikeFormula(text)</c>. The streamed result workbook
/// (<see cref="ResultWorkbookWriter"/>) does this in its one text writer.</item>
/// </list>
/// </remarks>
public static class SafeCellText
{
    /// <summary>The characters a spreadsheet may read as the start of a formula or a DDE command.</summary>
    public static ReadOnlySpan<char> FormulaLeads => "=+-@\t\r";

    /// <summary>
    /// Excel splits a CSV line on the regional list separator, which is <c>;</c> in Indonesian settings: a field
    /// holding <c>a;=1+1</c> then opens as two cells, the second a formula.
    /// </summary>
    private const char RegionalListSeparator = ';';

    /// <summary>True when a spreadsheet could take <paramref name="text"/> for a formula.</summary>
    public static bool StartsLikeFormula(ReadOnlySpan<char> text) =>
        !text.IsEmpty && FormulaLeads.Contains(text[0]);

    /// <summary>
    /// The text to write as a CSV field: unchanged unless it could be opened as a formula, in which case a
    /// <c>'</c> is put in front. The same is done after every <c>;</c> that is followed by a formula lead, because
    /// Excel in Indonesian regional settings opens CSV files split on <c>;</c>.
    /// </summary>
    public static string ForCsv(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var separator = text.IndexOf(RegionalListSeparator);
        if (!StartsLikeFormula(text) && (separator < 0 || !HasFormulaAfterSeparator(text, separator)))
        {
            return text;
        }

        var safe = new System.Text.StringBuilder(text.Length + 4);
        var start = 0;
        while (true)
        {
            var end = text.IndexOf(RegionalListSeparator, start);
            var segment = end < 0 ? text.AsSpan(start) : text.AsSpan(start, end - start);
            if (StartsLikeFormula(segment))
            {
                safe.Append('\'');
            }

            safe.Append(segment);
            if (end < 0)
            {
                return safe.ToString();
            }

            safe.Append(RegionalListSeparator);
            start = end + 1;
        }
    }

    private static bool HasFormulaAfterSeparator(string text, int separator)
    {
        for (var i = separator; i >= 0; i = text.IndexOf(RegionalListSeparator, i + 1))
        {
            if (i + 1 < text.Length && FormulaLeads.Contains(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }
}
