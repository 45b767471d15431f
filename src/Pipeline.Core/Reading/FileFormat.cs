namespace Pipeline.Core.Reading;

/// <summary>What the first bytes of an upload say it is; the file name's extension is not trusted.</summary>
internal enum FileFormat
{
    Empty,

    /// <summary>A zip package: .xlsx, .ods, or something else zipped (see <see cref="PackageInspector"/>).</summary>
    Zip,

    /// <summary>Binary Excel: an OLE2 container (.xls 97-2003, encrypted workbooks) or a bare BIFF2-5 stream (Excel 2.0-95).</summary>
    BinaryExcel,

    Text,

    /// <summary>HTML or XML named like a spreadsheet (web exports, Excel 2003 XML).</summary>
    Markup,

    NotSpreadsheet,
}
