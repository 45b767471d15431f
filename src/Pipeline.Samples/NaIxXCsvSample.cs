using System.Text;
using Pipeline.Core.Model;

namespace Pipeline.Samples;

/// <summary>
/// Pulo Jantan (Na IX-X) sends a semicolon CSV saved by Excel in Windows-1252, with a combined
/// "Tempat, Tgl Lahir" column, phone numbers in every form and occupations typed freely.
/// </summary>
internal sealed class NaIxXCsvSample(PersonFactory people)
{
    private const string NaIxX = "122306";

    private static readonly string[] FreeTextOccupations =
        ["tani", "PETANI SAWIT", "nderes karet", "Buruh Harian Lepas (BHL)", "jualan sayur keliling", "nelayan", "ojek", "buruh kebun", "IRT / jualan kue"];

    public Person SharedWithRegister { get; } = people.Create(NaIxX, "Pulo Jantan", name: "Nurhayati Sitorus", sex: Sex.P);

    public void Write(string path)
    {
        var list = Enumerable.Range(0, 23).Select(_ => people.Create(NaIxX, "Pulo Jantan")).ToList();
        list.Insert(6, SharedWithRegister);
        list.Insert(9, people.Create(NaIxX, "Pulo Jantan", name: "Amélia Sitorus", sex: Sex.P));

        var rows = new List<IReadOnlyList<string?>>
        {
            new[] { "DATA PEKERJA RENTAN DESA PULO JANTAN KEC. NA IX-X", null, null, null, null, null, null, null },
            new string?[8],
            new[] { "No", "NIK", "Nama", "Tempat, Tgl Lahir", "Jenis Kelamin", "Alamat", "Pekerjaan", "No HP" },
        };

        for (var index = 0; index < list.Count; index++)
        {
            var person = list[index];
            var birthDate = index % 4 == 3 ? IndonesianDates.Spelled(person.BirthDate) : IndonesianDates.DayMonthYear(person.BirthDate);
            rows.Add(
            [
                (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                person.Nik,
                person.Name,
                $"{person.BirthPlace}, {birthDate}",
                index % 3 == 0 ? (person.Sex == Sex.L ? "Laki-laki" : "Perempuan") : person.Sex.ToString(),
                index % 5 == 0 ? "Jln. Lintas Sumatera – Km 5" : person.Address,
                FreeTextOccupations[index % FreeTextOccupations.Length],
                PhoneVariant(index, person.Phone),
            ]);
        }

        rows.Add(new string?[8]);
        rows.Add([null, null, null, null, null, "Pulo Jantan, 10 November 2025", null, null]);
        rows.Add([null, null, null, null, null, "Kepala Desa", null, null]);
        SemicolonCsv.Write(path, rows, Encoding.GetEncoding(1252));
    }

    private static string PhoneVariant(int index, string phone) => (index % 5) switch
    {
        0 => $"+62{phone[1..]}",
        1 => $"62{phone[1..]}",
        2 => $"{phone[..4]}-{phone[4..8]}-{phone[8..]}",
        3 => $"+62 {phone[1..4]} {phone[4..8]} {phone[8..]}",
        _ => phone,
    };
}
