namespace Pipeline.Core.Reporting;

/// <summary>
/// Where a week's outputs go, the same under the <c>reports</c> container and under a CLI's OUT folder:
/// <c>reports/2026-W48/ringkasan-mingguan-2026-W48.xlsx</c> and <c>.html</c>. The file names repeat the week
/// so a downloaded copy still says which week it is.
/// </summary>
public static class ReportFiles
{
    public const string Folder = "reports";

    public static string Directory(ReportWeek week) => week.ToString();

    public static string WorkbookName(ReportWeek week) => $"ringkasan-mingguan-{week}.xlsx";

    public static string PageName(ReportWeek week) => $"ringkasan-mingguan-{week}.html";

    /// <summary>Path inside the reports container.</summary>
    public static string WorkbookPath(ReportWeek week) => $"{Directory(week)}/{WorkbookName(week)}";

    public static string PagePath(ReportWeek week) => $"{Directory(week)}/{PageName(week)}";
}
