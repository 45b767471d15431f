using Pipeline.Core.Model;
using Pipeline.Core.Results;
using Pipeline.Core.Validation;

namespace Pipeline.Core.Reporting;

/// <summary>
/// The summary's sheet of everyone to be paid for (status <c>new</c> or <c>reactivate</c>), for reading: who the
/// budget figure counts. The list sent to BPJS is the one administrators release after review, not this one.
/// </summary>
/// <remarks>
/// <para>
/// Written row by row while the records are paged in (it is an <see cref="IReportRowSink"/>), straight into the
/// workbook's zip entry, so a regency that lists a million people never has them in memory; its part is written
/// first and still shows as the last tab.
/// </para>
/// <para>
/// Order: by upload path (kecamatan folder, desa folder, file name), then sheet row: the order the records are
/// read in, so no sort has to hold the rows. A village's people stay together as its list had them. Sorting by
/// name across the regency would need every row at once, or an external merge sort through temporary files for
/// an order nobody asked for; a reader who wants names sorted uses the filter in Excel.
/// </para>
/// <para>
/// Column widths are fixed (the longest kecamatan and desa names of the gazetteer, generous room for names and
/// paths): a streamed sheet declares its widths before its first row.
/// </para>
/// </remarks>
public sealed class NewWorkersSheet : IReportRowSink, IDisposable
{
    private const int HeaderRow = 4;
    private const string UnknownName = "Tidak diketahui";
    private static readonly CellStyle Numbered = new(Number: NumberKind.Thousands);

    private readonly StreamingWorkbook _workbook;
    private readonly SheetWriter _sheet;
    private readonly Gazetteer _gazetteer;
    private readonly DateTimeOffset _asOf;
    private bool _ended;

    internal NewWorkersSheet(StreamingWorkbook workbook, Gazetteer gazetteer, ReportWeek week, DateTimeOffset asOf)
    {
        _workbook = workbook;
        _gazetteer = gazetteer;
        _asOf = asOf;
        _sheet = workbook.StartSheet(
            ReportWorkbookWriter.NewWorkersSheet,
            new PrintLayout($"Pekerja baru memenuhi syarat — {week}", "Keadaan per " + IndonesianFormat.DateTime(asOf), Gridlines: true),
            last: true);
        _sheet.View(selected: false, HeaderRow, 0);
        var longestKecamatan = gazetteer.Kecamatan.Max(k => k.Name.Length);
        var longestDesa = gazetteer.Desa.Max(d => d.Name.Length);
        _sheet.Columns(
            (1, 8, CellStyle.Default), (2, Math.Max(longestKecamatan, 16) + 2, CellStyle.Default), (3, Math.Max(longestDesa, 16) + 2, CellStyle.Default),
            (4, 32, CellStyle.Default), (5, 19, CellStyle.Default), (6, 5, CellStyle.Default), (7, 13, CellStyle.Default), (8, 7, CellStyle.Default),
            (9, 24, CellStyle.Default), (10, 12, CellStyle.Default), (11, 45, CellStyle.Default), (12, 7, CellStyle.Default));
        _sheet.StartRow(lineHeight: TextWidth.TitleLineHeight);
        _sheet.Text(1, $"Pekerja baru memenuhi syarat — {WeeklyReport.RegencyName}", CellStyle.Title);
        _sheet.StartRow();
        _sheet.Text(1, $"{IndonesianFormat.Week(week)}; keadaan per {IndonesianFormat.DateTime(asOf)}. " +
                       "Untuk dibaca: daftar yang dikirim ke BPJS adalah yang dirilis admin setelah pemeriksaan. " +
                       "Urut menurut folder unggahan (kecamatan, desa), berkas dan baris.");
        _sheet.SkipRows(1);
        _sheet.StartRow(lines: 2);
        string[] headers = ["No", "Kecamatan", "Desa", "Nama", "NIK", "L/P", "Tanggal lahir", "Umur", "Pekerjaan", "Diterima", "Berkas", "Baris"];
        for (var c = 0; c < headers.Length; c++)
        {
            _sheet.Text(c + 1, headers[c], CellStyle.Header with { Border = CellBorder.Bottom });
        }
    }

    /// <summary>Rows written so far.</summary>
    public int Count { get; private set; }

    /// <summary>A stored row: written when it is a person to be paid for, of an upload received by the report's moment.</summary>
    public void Add(ReportUpload upload, ReportRow row)
    {
        if (row.Status.IsCandidate() && upload.ReceivedBy(_asOf))
        {
            Add(NewWorkerLine.Of(upload, row, _gazetteer));
        }
    }

    public void Add(NewWorkerLine worker)
    {
        _sheet.StartRow();
        _sheet.Number(1, ++Count, Numbered);
        _sheet.Text(2, worker.Kecamatan);
        _sheet.Text(3, worker.Desa);
        _sheet.Text(4, worker.Name);
        _sheet.Text(5, worker.Nik);
        _sheet.Text(6, worker.Sex);
        if (worker.BirthDate is { } born)
        {
            _sheet.Date(7, born.ToDateTime(TimeOnly.MinValue));
        }

        if (worker.Age is { } age)
        {
            _sheet.Number(8, age);
        }

        _sheet.Text(9, worker.Occupation);
        if (worker.Received is { } received)
        {
            _sheet.Date(10, received.ToDateTime(TimeOnly.MinValue));
        }

        _sheet.Text(11, worker.File);
        _sheet.Number(12, worker.Row);
    }

    /// <summary>Ends the sheet (saying so when nobody is on it); the workbook can then take its other sheets.</summary>
    public void Dispose()
    {
        if (_ended)
        {
            return;
        }

        _ended = true;
        if (Count == 0)
        {
            _sheet.StartRow();
            _sheet.Text(1, "Belum ada pekerja baru yang memenuhi syarat.");
        }

        _sheet.Dispose();
        _workbook.AddPrintTitles(ReportWorkbookWriter.NewWorkersSheet, HeaderRow, firstRow: HeaderRow);
    }

    internal static string PlaceName(string? code, Func<string, string?> name) =>
        code is null ? UnknownName : name(code) ?? UnknownName;
}
