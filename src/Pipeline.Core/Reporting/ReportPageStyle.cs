namespace Pipeline.Core.Reporting;

/// <summary>
/// The page's stylesheet: system fonts only (nothing to download), one column that fits a 360 px phone,
/// wide tables scrolling inside their box instead of widening the page, and a print layout.
/// </summary>
internal static class ReportPageStyle
{
    public const string Css = """
        *{box-sizing:border-box}
        body{margin:0;background:#f4f6f8;color:#1b2631;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif}
        main{max-width:960px;margin:0 auto;padding:12px}
        header h1{font-size:1.35rem;margin:8px 0 2px}
        .sub{color:#4d5b69;margin:0 0 12px}
        h2{font-size:1.1rem;margin:0 0 8px}
        section{background:#fff;border-radius:8px;padding:12px;margin:0 0 12px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
        .notice{background:#fff4ce;border:1px solid #e0c050;border-radius:8px;padding:10px 12px;font-weight:600}
        .cards{display:grid;grid-template-columns:repeat(2,1fr);gap:8px;background:none;box-shadow:none;padding:0}
        .card{background:#fff;border-radius:8px;padding:10px 12px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
        .card .label{font-size:.8rem;color:#4d5b69}
        .card .value{font-size:1.1rem;font-weight:700;overflow-wrap:anywhere}
        .card .detail{font-size:.8rem;color:#4d5b69}
        figure{margin:0}
        figure svg{width:100%;max-width:560px;height:auto;display:block}
        figcaption{font-size:.8rem;color:#4d5b69;margin-top:4px}
        svg text{font-family:inherit;font-size:12px;fill:#1b2631}
        svg .tick{font-size:10px;fill:#4d5b69}
        svg .empty{font-size:14px;fill:#7b8794}
        svg .track{fill:#eef1f4}
        svg .bar{fill:#2e75b6}
        svg .bar.recomputed{fill:#9dc3e6}
        svg .bar.current{fill:#1f4e79}
        svg .bar.error{fill:#c0392b}
        svg .bar.warning{fill:#d4a017}
        svg .axis{stroke:#9aa5b1;stroke-width:1}
        .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
        table{border-collapse:collapse;width:100%;font-size:.85rem}
        th,td{padding:4px 6px;border-bottom:1px solid #e3e7eb;text-align:left;vertical-align:top}
        th{background:#eaf1f8;font-weight:600}
        td.n,th.n{text-align:right;white-space:nowrap}
        td.text{min-width:16em}
        tr.total td{font-weight:700;border-top:2px solid #9aa5b1}
        .up{color:#1e7b34}.down{color:#b03a2e}
        details{margin:6px 0}
        summary{cursor:pointer;font-weight:600}
        dl{margin:0}dt{font-weight:600;margin-top:6px}dd{margin:0 0 0 12px;color:#33414e}
        footer{font-size:.8rem;color:#4d5b69;padding:4px 2px 24px}
        @media (min-width:640px){.cards{grid-template-columns:repeat(3,1fr)}.card .value{font-size:1.35rem}}
        @media print{body{background:#fff}section{box-shadow:none;break-inside:avoid}details{display:block}}
        """;
}
