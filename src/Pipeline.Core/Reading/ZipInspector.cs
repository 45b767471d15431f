using System.IO.Compression;
using Pipeline.Core.Model;

namespace Pipeline.Core.Reading;

/// <summary>
/// Looks inside a zip before handing it to ExcelDataReader, because .xlsx, .docx and .ods are all zips and each
/// deserves its own message; a truncated or empty zip is reported as corrupt rather than as a crash.
/// </summary>
internal static class ZipInspector
{
    /// <summary>Returns normally for an .xlsx; throws <see cref="FileRejectedException"/> for anything else.</summary>
    public static void EnsureWorkbook(Stream seekable)
    {
        try
        {
            using var archive = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
            var names = archive.Entries.Select(e => e.FullName).ToList();
            if (names.Count == 0)
            {
                throw new FileRejectedException(IssueCatalog.FileCorrupt);
            }

            if (names.Contains("xl/workbook.xml", StringComparer.OrdinalIgnoreCase))
            {
                return;
            }

            if (names.Contains("word/document.xml", StringComparer.OrdinalIgnoreCase))
            {
                throw new FileRejectedException(IssueCatalog.FileIsWordDocument);
            }

            if (names.Contains("content.xml") && names.Contains("mimetype"))
            {
                throw new FileRejectedException(IssueCatalog.FileIsOpenDocument);
            }

            throw new FileRejectedException(IssueCatalog.FileNotSpreadsheet);
        }
        catch (InvalidDataException exception)
        {
            throw new FileRejectedException(IssueCatalog.FileCorrupt, exception);
        }
        catch (EndOfStreamException exception)
        {
            throw new FileRejectedException(IssueCatalog.FileCorrupt, exception);
        }
        finally
        {
            seekable.Position = 0;
        }
    }
}
