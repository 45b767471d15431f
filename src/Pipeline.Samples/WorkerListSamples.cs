using Pipeline.Core.Model;

namespace Pipeline.Samples;

/// <summary>
/// The two Kualuh Hulu village lists, with their deliberate mistakes (see samples/README.md). Sukarame shares
/// three people with Aek Kanopan: one identical, one spelled differently, one with a NIK typo.
/// </summary>
internal sealed class WorkerListSamples(PersonFactory people)
{
    private const string KualuhHulu = "122301";

    public Person SharedIdentical { get; } = people.Create(KualuhHulu, "Aek Kanopan", name: "Siti Aminah Harahap", sex: Sex.P);
    public Person SharedRespelled { get; } = people.Create(KualuhHulu, "Aek Kanopan", name: "Muhammad Djafar Nasution", sex: Sex.L);
    public Person SharedNikTypo { get; } = people.Create(KualuhHulu, "Aek Kanopan", name: "Wagiman", sex: Sex.L);
    public Person EnrolledRespelled { get; } = people.Create(KualuhHulu, "Aek Kanopan", name: "Sutrisno", sex: Sex.L);

    public void WriteAekKanopan(string path)
    {
        var list = Enumerable.Range(0, 33).Select(_ => people.Create(KualuhHulu, "Aek Kanopan")).ToList();
        list.Insert(4, SharedIdentical);
        list.Insert(12, SharedRespelled);
        list.Insert(25, SharedNikTypo);
        list.Insert(30, EnrolledRespelled);
        list[15] = people.Create(KualuhHulu, "Aek Kanopan", minAge: 70, maxAge: 70);
        list[16] = people.Create(KualuhHulu, "Aek Kanopan", minAge: 12, maxAge: 12);

        var rows = new List<object?[]>();
        for (var index = 0; index < list.Count; index++)
        {
            var person = list[index];
            var row = AekKanopanRow(index + 1, person);
            switch (index)
            {
                case 3: row[1] = double.Parse(person.Nik, System.Globalization.CultureInfo.InvariantCulture); break;
                case 5: row[1] = $"{person.Nik[..4]}.{person.Nik[4..8]}.{person.Nik[8..12]}.{person.Nik[12..]}"; break;
                case 6: row[1] = $"{person.Nik[..6]} {person.Nik[6..12]} {person.Nik[12..]}"; break;
                case 8: row[3] = null; break;
                case 10: row[5] = IndonesianDates.DayMonthYear(person.BirthDate); break;
                case 11: row[5] = IndonesianDates.Spelled(person.BirthDate); break;
                case 13: row[5] = IndonesianDates.Iso(person.BirthDate); break;
            }

            rows.Add(row);
            if (index == 20)
            {
                rows.Add(AekKanopanRow(index + 2, person));
            }
        }

        Renumber(rows);
        new VillageListWorkbook
        {
            Titles = ["DAFTAR PEKERJA RENTAN", "DESA AEK KANOPAN KECAMATAN KUALUH HULU", "TAHUN 2025"],
            Columns = ["No.", "NIK", "No. KK", "Nama Lengkap", "Tempat Lahir", "Tanggal Lahir", "L/P", "Alamat", "Pekerjaan", "No. HP"],
            Rows = rows,
            Footer = ["Aek Kanopan, 12 November 2025", "Kepala Desa Aek Kanopan", "", "", "( H. MUHAMMAD SALEH SIREGAR )"],
        }.Save(path);
    }

    public void WriteSukarame(string path)
    {
        var list = Enumerable.Range(0, 27).Select(_ => people.Create(KualuhHulu, "Sukarame")).ToList();
        list.Insert(3, SharedIdentical);
        list.Insert(11, SharedRespelled with { Name = "Mhd. Jafar Nasution" });
        list.Insert(19, SharedNikTypo with { Nik = SwapLastTwoDigits(SharedNikTypo.Nik) });

        var rows = list.Select((person, index) => new object?[]
        {
            index + 1, person.Nik, person.Name.ToUpperInvariant(), person.Sex == Sex.L ? "LK" : "PR", person.BirthPlace,
            person.BirthDate.ToDateTime(TimeOnly.MinValue), "Sukarame", person.Occupation, person.Phone,
        }).ToList();

        new VillageListWorkbook
        {
            Titles = ["DATA PEKERJA RENTAN DESA SUKARAME", "KECAMATAN KUALUH HULU KABUPATEN LABUHANBATU UTARA"],
            Columns = ["NO", "NIK KTP", "NAMA", "JENIS KELAMIN", "TEMPAT LAHIR", "TGL LAHIR", "DESA/KEL", "PEKERJAAN", "NO HP/WA"],
            Rows = rows,
            NumberingRow = false,
            Footer = ["Mengetahui,", "Sukarame, 14 November 2025", "Kepala Desa Sukarame", "", "", "( ZULKIFLI DAULAY )"],
        }.Save(path);
    }

    private static object?[] AekKanopanRow(int number, Person person) =>
    [
        number, person.Nik, person.NoKk, person.Name, person.BirthPlace, person.BirthDate.ToDateTime(TimeOnly.MinValue),
        SexText(number, person.Sex), person.Address, person.Occupation, person.Phone,
    ];

    private static string SexText(int number, Sex sex) => (number % 7 == 0, sex) switch
    {
        (true, Sex.L) => "Laki-laki",
        (true, Sex.P) => "Perempuan",
        _ => sex.ToString(),
    };

    private static void Renumber(List<object?[]> rows)
    {
        for (var index = 0; index < rows.Count; index++)
        {
            rows[index][0] = index + 1;
        }
    }

    private static string SwapLastTwoDigits(string nik) =>
        nik[^1] != nik[^2] ? $"{nik[..^2]}{nik[^1]}{nik[^2]}" : $"{nik[..^1]}{(nik[^1] - '0' + 1) % 10}";
}
