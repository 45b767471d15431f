namespace Pipeline.Core.Model;

/// <summary>File-level problems found while recognising the upload's format (see SpreadsheetReader).</summary>
public static partial class IssueCatalog
{
    public static readonly IssueDefinition FileIsWordDocument = new(
        "FILE_IS_WORD_DOCUMENT", Severity.Error, null,
        "Berkas ini adalah dokumen Word, bukan lembar kerja. Salin tabelnya ke Excel, simpan sebagai .xlsx, lalu unggah kembali.",
        "This file is a Word document, not a spreadsheet. Copy the table into Excel, save as .xlsx and upload again.");

    public static readonly IssueDefinition FileIsOpenDocument = new(
        "FILE_IS_OPENDOCUMENT", Severity.Error, null,
        "Format .ods (LibreOffice/OpenOffice) belum dapat dibaca. Simpan ulang sebagai .xlsx (File > Save As > Excel 2007-365) lalu unggah kembali.",
        "The .ods format (LibreOffice/OpenOffice) cannot be read. Save it as .xlsx and upload again.");
}
