using Pipeline.Core.Model;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Tests.Reporting;

/// <summary>Small stored states for the summary: uploads received at chosen moments, rows with chosen statuses.</summary>
internal static class ReportDataExamples
{
    public const string AekKanopan = "1223011001";
    public const string Sukarame = "1223012012";
    public const string KualuhHulu = "122301";
    public const string PuloJantan = "1223062007";
    public const string NaIxX = "122306";

    public static readonly ReportWeek Week = ReportWeek.Parse("2026-W48");

    /// <summary>A day of <see cref="Week"/> (1 = Monday) at 10:00 WIB.</summary>
    public static DateTimeOffset Day(int day) => Week.Start.AddDays(day - 1).AddHours(10);

    public static void Upload(this ReportData data, string key, string path, DateTimeOffset at, string kecamatan, string? desa, string status = "processed", string? issue = null) =>
        data.AddUpload(new ReportUpload(key, path, status, at, kecamatan, desa, issue));

    public static void Rows(this ReportData data, string key, string? kecamatan, string? desa, RecordStatus status, int count, string issues = "")
    {
        for (var i = 0; i < count; i++)
        {
            data.AddRow(key, status, kecamatan, desa, issues);
        }
    }
}
