using ClosedXML.Excel;
using Pipeline.Core.Model;

namespace Pipeline.Samples;

/// <summary>One large, clean village list (header on row 1) for the reader benchmark; never committed.</summary>
internal static class LargeCleanList
{
    public static void Write(string path, int rowCount, PersonFactory people)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Daftar");
        VillageListWorkbook.WriteRow(sheet, 1, ["No", "NIK", "Nama Lengkap", "Tempat Lahir", "Tanggal Lahir", "L/P", "Desa", "Kecamatan", "Pekerjaan", "No HP"]);
        for (var index = 0; index < rowCount; index++)
        {
            var person = people.Create("122301", "Aek Kanopan");
            VillageListWorkbook.WriteRow(sheet, index + 2,
            [
                index + 1, person.Nik, person.Name, person.BirthPlace, person.BirthDate.ToDateTime(TimeOnly.MinValue),
                person.Sex == Sex.L ? "L" : "P", "Aek Kanopan", "Kualuh Hulu", person.Occupation, person.Phone,
            ]);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        workbook.SaveAs(path);
    }
}
