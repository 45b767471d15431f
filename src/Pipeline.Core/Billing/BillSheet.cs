using Pipeline.Core.Model;

namespace Pipeline.Core.Billing;

/// <summary>A bill whose header has been found; its rows are streamed, once, and never held.</summary>
public sealed class BillSheet(SheetLayout layout, IEnumerable<BillRow> rows, IReadOnlyList<Issue> notices, IDisposable owner) : IDisposable
{
    /// <summary>The sheet read, its header row and which column holds what.</summary>
    public SheetLayout Layout { get; } = layout;

    /// <summary>True when the bill names a month per row (a quarter billed month by month).</summary>
    public bool HasMonthColumn => Layout.Has(Field.BillingMonth);

    /// <summary>The data rows in sheet order. Enumerate once.</summary>
    /// <exception cref="Reading.FileRejectedException">While streaming: the file is damaged further down, or over a limit.</exception>
    public IEnumerable<BillRow> Rows { get; } = rows;

    /// <summary>File-level warnings about how the bill was read (e.g. which sheet).</summary>
    public IReadOnlyList<Issue> Notices { get; } = notices;

    public void Dispose() => owner.Dispose();
}
