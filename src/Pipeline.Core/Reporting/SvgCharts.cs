using System.Globalization;
using System.Net;
using System.Text;

namespace Pipeline.Core.Reporting;

/// <summary>
/// The page's three charts as inline SVG: coverage per kecamatan, the weekly trend, the top issues. No script
/// and no library: a few rectangles and labels render the same in every browser and when printed.
/// </summary>
/// <remarks>
/// Each chart is an <c>svg</c> with <c>data-chart</c> naming it and one <c>rect class="bar"</c> per value
/// (carrying <c>data-value</c>), 400 units wide so its text stays legible when a phone shows it at full width.
/// A chart with nothing to show says so in text instead of drawing empty axes.
/// </remarks>
internal static class SvgCharts
{
    private const int Width = 400;

    public static string Coverage(WeeklyReport report)
    {
        var rows = report.Kecamatan.Select(k => (Label: k.Area.Name, Value: k.Area.Current.Coverage,
            Text: $"{k.Area.Current.DesaWithData}/{k.Area.Current.Desa} desa · {IndonesianFormat.Percent(k.Area.Current.Coverage)}")).ToList();
        return HorizontalBars("coverage", "Cakupan desa per kecamatan: desa yang sudah ada data dari seluruh desa", rows, max: 1, labelWidth: 112, _ => "bar coverage");
    }

    public static string TopIssues(WeeklyReport report)
    {
        var rows = report.TopIssues.Select(i => (Label: i.Code, Value: (double)i.Rows, Text: IndonesianFormat.Number(i.Rows) + " baris")).ToList();
        return HorizontalBars("issues", "Masalah paling sering: jumlah baris per kode masalah", rows, rows.Count == 0 ? 1 : rows.Max(r => r.Value), labelWidth: 150,
            i => report.TopIssues[i].Severity == "Kesalahan" ? "bar error" : "bar warning");
    }

    /// <summary>New eligible workers (cumulative) at the end of each week; recomputed weeks drawn lighter.</summary>
    public static string Trend(WeeklyReport report)
    {
        const int height = 210, top = 24, bottom = 34, left = 8;
        var points = report.Trend;
        var max = Math.Max(1, points.Max(p => p.Counts.Candidates));
        var slot = (Width - 2.0 * left) / points.Count;
        var svg = Open("trend", "Tren mingguan: pekerja baru memenuhi syarat (kumulatif) pada akhir tiap minggu", height);
        if (points.All(p => p.Counts.Candidates == 0))
        {
            return svg.Append(Empty(height)).Append("</svg>").ToString();
        }

        svg.Append(Line(left, height - bottom, Width - left, height - bottom, "axis"));
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var barHeight = (height - top - bottom) * (double)p.Counts.Candidates / max;
            var x = left + i * slot + slot * 0.15;
            var y = height - bottom - barHeight;
            var css = p.Week == report.Week ? "bar current" : p.Stored ? "bar" : "bar recomputed";
            svg.Append(Rect(x, y, slot * 0.7, barHeight, css, p.Counts.Candidates, $"{p.Week}: {IndonesianFormat.Number(p.Counts.Candidates)} peserta yang akan dibiayai"));
            if (p.Counts.Candidates > 0)
            {
                svg.Append(Text(x + slot * 0.35, y - 4, IndonesianFormat.Number(p.Counts.Candidates), "value", "middle"));
            }

            svg.Append(Text(x + slot * 0.35, height - bottom + 14, "W" + p.Week.Week.ToString("D2", CultureInfo.InvariantCulture), "tick", "middle"));
        }

        svg.Append(Text(left, height - 4, $"{points[0].Week} – {points[^1].Week}", "tick", "start"));
        return svg.Append("</svg>").ToString();
    }

    private static string HorizontalBars(
        string name, string title, IReadOnlyList<(string Label, double Value, string Text)> rows, double max, int labelWidth, Func<int, string> cssOf)
    {
        const int rowHeight = 26, valueWidth = 118;
        var height = Math.Max(rows.Count, 1) * rowHeight + 8;
        var svg = Open(name, title, height);
        if (rows.Count == 0)
        {
            return svg.Append(Empty(height)).Append("</svg>").ToString();
        }

        var barSpace = Width - labelWidth - valueWidth;
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, value, text) = rows[i];
            var y = 4 + i * rowHeight;
            var css = cssOf(i);
            svg.Append(Text(labelWidth - 6, y + 17, label, "label", "end"));
            svg.Append(Rect(labelWidth, y + 4, barSpace, 16, "track", null, null));
            svg.Append(Rect(labelWidth, y + 4, max <= 0 ? 0 : barSpace * Math.Min(1, value / max), 16, css, value, $"{label}: {text}"));
            svg.Append(Text(labelWidth + barSpace + 6, y + 17, text, "value", "start"));
        }

        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string name, string title, int height) =>
        new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg data-chart=\"{name}\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"chart-{name}\">")
            .Append(CultureInfo.InvariantCulture, $"<title id=\"chart-{name}\">{WebUtility.HtmlEncode(title)}</title>");

    private static string Empty(int height) => Text(Width / 2.0, height / 2.0 + 4, "Belum ada data", "empty", "middle");

    private static string Rect(double x, double y, double width, double height, string css, double? value, string? tooltip) =>
        string.Create(CultureInfo.InvariantCulture,
            $"<rect class=\"{css}\" x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{Math.Max(0, width):0.#}\" height=\"{Math.Max(0, height):0.#}\"")
        + (value is { } v ? string.Create(CultureInfo.InvariantCulture, $" data-value=\"{v:0.###}\"") : "")
        + (tooltip is null ? "/>" : $"><title>{WebUtility.HtmlEncode(tooltip)}</title></rect>");

    private static string Text(double x, double y, string text, string css, string anchor) =>
        string.Create(CultureInfo.InvariantCulture, $"<text class=\"{css}\" x=\"{x:0.#}\" y=\"{y:0.#}\" text-anchor=\"{anchor}\">") + WebUtility.HtmlEncode(text) + "</text>";

    private static string Line(double x1, double y1, double x2, double y2, string css) =>
        string.Create(CultureInfo.InvariantCulture, $"<line class=\"{css}\" x1=\"{x1:0.#}\" y1=\"{y1:0.#}\" x2=\"{x2:0.#}\" y2=\"{y2:0.#}\"/>");
}
