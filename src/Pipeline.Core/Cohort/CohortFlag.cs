namespace Pipeline.Core.Cohort;

/// <summary>
/// Something an administrator should look at about a funded (or submitted) person. A flag never changes what is
/// paid: it asks a question ("masih layak dibiayai?") that an approver answers by ending the funding or clearing it.
/// </summary>
public enum CohortFlag
{
    None,
    /// <summary>The village's newest list no longer names them, and no other list does.</summary>
    MissingFromList,
    /// <summary>They reach the configured maximum age next month: funding ends after their birthday month.</summary>
    AgeLimitNextMonth,
}

/// <summary>Codes and words of <see cref="CohortFlag"/>.</summary>
public static class CohortFlags
{
    private static readonly string[] Codes = ["", "tidak-tercantum", "batas-usia"];

    private static readonly string[] Labels =
        ["", "Tidak lagi tercantum di daftar desa: masih layak dibiayai?", "Mencapai batas usia bulan depan: pembiayaan berhenti setelah bulan ulang tahunnya"];

    public static string ToCode(this CohortFlag flag) => Codes[(int)flag];

    public static string ToIndonesian(this CohortFlag flag) => Labels[(int)flag];

    public static CohortFlag Parse(string? code)
    {
        var index = Array.IndexOf(Codes, code ?? "");
        return index < 0 ? CohortFlag.None : (CohortFlag)index;
    }
}
