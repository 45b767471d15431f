using Pipeline.Core.Model;
using Pipeline.Core.Reading.Ods;
using Pipeline.Core.Reading.Xlsx;

namespace Pipeline.Core.Reading;

/// <summary>
/// Looks inside a zip before reading it, because .xlsx, .ods, .docx and .xlsb are all zips and each deserves its
/// own answer: the two spreadsheets are opened, the others are named in the message.
/// </summary>
internal static class PackageInspector
{
    /// <summary>The workbook in the package; throws <see cref="FileRejectedException"/> for anything else.</summary>
    public static ISheetSource Open(Stream seekable, ReadingBudget budget)
    {
        var parts = new PackageParts(seekable, budget);
        try
        {
            return Recognise(parts, budget);
        }
        catch
        {
            parts.Dispose();
            throw;
        }
    }

    private static ISheetSource Recognise(PackageParts parts, ReadingBudget budget)
    {
        if (!parts.Names.Any())
        {
            throw new FileRejectedException(IssueCatalog.FileCorrupt);
        }

        if (parts.ReadShortText("mimetype", 100) is { } mimeType)
        {
            return mimeType.StartsWith(OdsNames.MimeType, StringComparison.Ordinal)
                ? OpenDocumentSpreadsheet(parts, budget)
                : throw new FileRejectedException(IssueCatalog.FileIsOpenDocument);
        }

        var mainPart = XlsxRelationships.Read(parts, "").FirstOfType("officeDocument");
        if (mainPart is not null && mainPart.EndsWith(".bin", StringComparison.OrdinalIgnoreCase) || parts.Contains("xl/workbook.bin"))
        {
            throw new FileRejectedException(IssueCatalog.FileIsBinaryWorkbook);
        }

        if (mainPart is not null && parts.Contains(mainPart) && mainPart.EndsWith("workbook.xml", StringComparison.OrdinalIgnoreCase) ||
            parts.Contains("xl/workbook.xml"))
        {
            return new XlsxWorkbook(parts, budget);
        }

        if (parts.Contains("word/document.xml"))
        {
            throw new FileRejectedException(IssueCatalog.FileIsWordDocument);
        }

        if (parts.Contains(OdsWorkbook.ContentPart) && parts.Contains("META-INF/manifest.xml"))
        {
            return OpenDocumentSpreadsheet(parts, budget);
        }

        throw new FileRejectedException(IssueCatalog.FileNotSpreadsheet);
    }

    /// <summary>An .ods whose manifest declares encryption has a scrambled content.xml: that is a password, not damage.</summary>
    private static OdsWorkbook OpenDocumentSpreadsheet(PackageParts parts, ReadingBudget budget)
    {
        if (parts.ReadShortText("META-INF/manifest.xml", 64 * 1024) is { } manifest && manifest.Contains("encryption-data", StringComparison.Ordinal))
        {
            throw new FileRejectedException(IssueCatalog.FilePasswordProtected);
        }

        return new OdsWorkbook(parts, budget);
    }
}
