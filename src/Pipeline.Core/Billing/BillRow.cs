using Pipeline.Core.Budget;
using Pipeline.Core.Model;

namespace Pipeline.Core.Billing;

/// <summary>One row of a BPJS bill as read: who is billed, how much, for which month, and what could not be read.</summary>
/// <param name="RowNumber">The row's own number in the sheet (what the official finds in the bill).</param>
/// <param name="KpjAsBilled">The KPJ cell as written (trimmed), shown back in the reconciliation.</param>
/// <param name="Kpj">The KPJ as digits, or null when empty or not a KPJ.</param>
/// <param name="NikAsBilled">The NIK cell as written (trimmed).</param>
/// <param name="Nik">The NIK as 16 digits, or null when empty or not a NIK.</param>
/// <param name="Name">The name as billed.</param>
/// <param name="Amount">The amount billed in rupiah, or null when empty or unreadable (an issue says which).</param>
/// <param name="Month">The month billed when the bill has a month column and the row fills it; null: the whole period.</param>
/// <param name="MonthUnreadable">The month cell holds something that is not a month: the row cannot be checked.</param>
/// <param name="Issues">What could not be read, each with its code (<see cref="IssueCatalog"/>).</param>
public sealed record BillRow(
    int RowNumber,
    string KpjAsBilled,
    string? Kpj,
    string NikAsBilled,
    string? Nik,
    string Name,
    decimal? Amount,
    YearMonth? Month,
    bool MonthUnreadable,
    IReadOnlyList<Issue> Issues);
