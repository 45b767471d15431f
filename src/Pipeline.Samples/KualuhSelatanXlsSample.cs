using System.Diagnostics;
using Pipeline.Core.Model;

namespace Pipeline.Samples;

/// <summary>
/// Damuli Pekan (Kualuh Selatan) still uses an old Excel 97-2003 template. The workbook is written as .xlsx and
/// converted with LibreOffice when it is installed; otherwise the committed .xls is left as it is.
/// </summary>
internal sealed class KualuhSelatanXlsSample(PersonFactory people)
{
    private const string KualuhSelatan = "122308";

    public void Write(string xlsPath)
    {
        var rows = Enumerable.Range(0, 20).Select(index =>
        {
            var person = people.Create(KualuhSelatan, "Damuli Pekan");
            return new object?[]
            {
                index + 1, person.Nik, person.Name.ToUpperInvariant(), person.BirthDate.ToDateTime(TimeOnly.MinValue),
                person.Sex == Sex.L ? "L" : "P", "DAMULI PEKAN", index == 7 ? "pindah ke Medan" : null,
            };
        }).ToList();

        var workDirectory = Directory.CreateTempSubdirectory("samples-xls-");
        var xlsxPath = Path.Combine(workDirectory.FullName, Path.GetFileNameWithoutExtension(xlsPath) + ".xlsx");
        new VillageListWorkbook
        {
            Titles = ["DATA PEKERJA RENTAN 2024"],
            Columns = ["NO", "NO KTP", "NAMA", "TGL LAHIR", "JK", "DESA", "KET"],
            Rows = rows,
            NumberingRow = false,
            Footer = ["Jumlah: 20 orang", "Damuli Pekan, 3 Oktober 2025", "Kepala Desa Damuli Pekan", "", "( SYAHRUL RITONGA )"],
        }.Save(xlsxPath);

        if (TryConvert(xlsxPath, workDirectory.FullName))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(xlsPath))!);
            File.Copy(Path.ChangeExtension(xlsxPath, ".xls"), xlsPath, overwrite: true);
        }
        else
        {
            Console.WriteLine("LibreOffice (soffice) not found: kept the committed " + xlsPath);
        }

        workDirectory.Delete(recursive: true);
    }

    private static bool TryConvert(string xlsxPath, string outDirectory)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("soffice", ["--headless", "--convert-to", "xls", "--outdir", outDirectory, xlsxPath])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            process!.WaitForExit(TimeSpan.FromMinutes(2));
            return process.ExitCode == 0 && File.Exists(Path.ChangeExtension(xlsxPath, ".xls"));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
