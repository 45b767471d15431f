using ClosedXML.Excel;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage.Ingest;

namespace Pipeline.Integration.Tests.Resilience;

/// <summary>Result workbooks read back from the results container, as the official would open them.</summary>
internal static class ResultWorkbooks
{
    public static async Task<XLWorkbook> OpenAsync(TestEnvironment env, string uploadPath)
    {
        var content = await env.Storage.Results.GetBlobClient(UploadIdentity.Of(uploadPath).ResultPath).DownloadContentAsync();
        return Workbooks.Open(content.Value.Content.ToArray());
    }

    /// <summary>The Status cell of the row whose name cell is <paramref name="name"/> on the Hasil sheet.</summary>
    public static string StatusOf(XLWorkbook workbook, string name)
    {
        var sheet = workbook.Worksheet("Hasil");
        var header = sheet.Row(1).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        var row = sheet.RowsUsed().Single(r => r.Cell(header["Nama Lengkap"]).GetString() == name);
        return row.Cell(header["Status"]).GetString();
    }

    /// <summary>Every text on every sheet, for assertions on what the official reads.</summary>
    public static string AllText(XLWorkbook workbook) =>
        string.Join("\n", workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()));
}
