using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Pipeline.Core.Model;
using Pipeline.Core.Validation;

namespace Pipeline.Benchmarks.Villages;

/// <summary>One generated person, as a village office would type them.</summary>
internal sealed record VillagePerson(string Nik, string Name, DateOnly BirthDate, Sex Sex, string DesaName, string Occupation, string? Phone);

/// <summary>
/// Writes a regency's worth of village lists (one per desa, <c>{kecamatan}/{desa}/daftar-pekerja-rentan.xlsx</c>)
/// and a BPJS register, deterministic for a seed. The lists carry what real ones do: about 4 % of rows repeat a
/// person already listed by another village (with the usual slips: a typo, a dropped marga, a missing NIK),
/// 1 % repeat a row of the same file, 3 % are BPJS participants, 2 % have a broken NIK, 1 % are past working age.
/// </summary>
internal sealed class VillageListGenerator
{
    private static readonly string[] Male = ["AHMAD", "MUHAMMAD", "ANDI", "BUDI", "RAHMAT", "SYAHRIL", "ZULKIFLI", "HASAN", "IBRAHIM", "YUSUF", "ABDUL", "SAMSUL", "ARIFIN", "SUGENG", "SUTRISNO", "SLAMET", "WAHYU", "JOKO", "AGUS", "HENDRA", "IRWAN", "FAISAL", "RIZKY", "JUNAIDI", "POLTAK", "TIGOR", "MARULI", "BONAR", "EFENDI", "ILHAM", "RIDWAN", "AZHAR", "KHAIRUL", "NURDIN", "USMAN", "DARWIN", "AMRAN", "TORANG", "ZAINAL", "SUPARMAN"];
    private static readonly string[] Female = ["SITI", "NUR", "AMINAH", "FATIMAH", "AISYAH", "SRI", "WAHYUNI", "RINA", "DEWI", "LESTARI", "PUTRI", "INDAH", "YULIANI", "SUSANTI", "SUMARNI", "PARTINI", "MARLINA", "ROSMAWATI", "NURHAYATI", "ERNAWATI", "HALIMAH", "ZAHARA", "YANTI", "FITRI", "HERLINA", "JULIANA", "TIOMINAR", "RUGUN", "SARMA", "SALMAH", "MAIMUNAH", "HASNAH", "MASNIARI", "RUSMINI", "TUKIYEM", "NGATINI", "PAINEM", "SULASTRI", "ERNA", "JAMILAH"];
    private static readonly string[] Marga = ["SIREGAR", "HARAHAP", "NASUTION", "LUBIS", "HASIBUAN", "RITONGA", "POHAN", "DAULAY", "RANGKUTI", "PULUNGAN", "DALIMUNTHE", "TANJUNG", "MARPAUNG", "PANJAITAN", "SIHOMBING", "SITUMORANG", "MANURUNG", "SINAGA", "PARDEDE", "SIMANJUNTAK", "SITORUS", "GULTOM", "TAMPUBOLON", "SIMBOLON", "MUNTHE", "SEMBIRING", "PURBA", "SARAGIH", "BATUBARA", "MATONDANG"];
    private static readonly string[] Jobs = ["Petani", "Petani sawit", "Penyadap karet", "Nelayan", "Buruh harian lepas", "Pedagang kecil", "Buruh tani", "Tukang ojek"];
    private static readonly string[] Header = ["No", "NIK", "Nama Lengkap", "Tanggal Lahir", "Jenis Kelamin", "Desa", "Pekerjaan", "No HP"];

    private readonly Random _random;
    private readonly Gazetteer _gazetteer = Gazetteer.LabuhanbatuUtara;
    private readonly Dictionary<string, int> _serials = new(StringComparer.Ordinal);
    private readonly List<VillagePerson> _listed = [];
    private readonly List<VillagePerson> _register = [];

    public VillageListGenerator(int seed) => _random = new Random(seed);

    /// <summary>Writes the files under <paramref name="root"/>/uploads and the register; returns the upload paths.</summary>
    public IReadOnlyList<string> Write(string root, int files, int rows, int registerSize)
    {
        var desas = _gazetteer.Desa.OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
        for (var i = 0; i < registerSize; i++)
        {
            var desa = desas[_random.Next(desas.Count)];
            _register.Add(NewPerson(desa));
        }

        WriteRegister(Path.Combine(root, "peserta-bpjs.csv"));
        var paths = new List<string>();
        for (var f = 0; f < files; f++)
        {
            var desa = desas[f % desas.Count];
            var kecamatan = _gazetteer.KecamatanName(desa.ParentCode) ?? desa.ParentCode;
            var round = f / desas.Count;
            var path = $"{Slug(kecamatan)}/{Slug(desa.Name)}/daftar-pekerja-rentan{(round == 0 ? "" : "-" + (round + 1))}.xlsx";
            WriteList(Path.Combine(root, "uploads", path), ListFor(desa, rows));
            paths.Add(path);
        }

        return paths;
    }

    private List<VillagePerson> ListFor(Region desa, int rows)
    {
        var list = new List<VillagePerson>(rows);
        for (var r = 0; r < rows; r++)
        {
            var roll = _random.NextDouble();
            VillagePerson person;
            if (roll < 0.04 && _listed.Count > 0)
            {
                person = Vary(_listed[_random.Next(_listed.Count)]);
            }
            else if (roll < 0.05 && list.Count > 0)
            {
                person = Vary(list[_random.Next(list.Count)]);
            }
            else if (roll < 0.08)
            {
                person = Vary(_register[_random.Next(_register.Count)]);
            }
            else if (roll < 0.10)
            {
                person = NewPerson(desa) is var broken ? broken with { Nik = broken.Nik[..15] } : null!;
            }
            else if (roll < 0.11)
            {
                person = NewPerson(desa, minAge: 66, maxAge: 80);
            }
            else
            {
                person = NewPerson(desa);
            }

            list.Add(person);
        }

        _listed.AddRange(list);
        return list;
    }

    private VillagePerson NewPerson(Region desa, int minAge = 18, int maxAge = 60)
    {
        var sex = _random.Next(2) == 0 ? Sex.L : Sex.P;
        var birth = new DateOnly(2025, 11, 1).AddYears(-_random.Next(minAge, maxAge + 1)).AddDays(-_random.Next(365));
        var pool = sex == Sex.L ? Male : Female;
        var words = new List<string> { Pick(pool) };
        if (_random.NextDouble() < 0.4)
        {
            words.Add(Pick(pool));
        }

        if (_random.NextDouble() < 0.7)
        {
            words.Add(Pick(Marga));
        }

        var day = birth.Day + (sex == Sex.P ? 40 : 0);
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{desa.ParentCode.Replace(".", "", StringComparison.Ordinal)}{day:00}{birth.Month:00}{birth.Year % 100:00}");
        var serial = _serials[prefix] = _serials.GetValueOrDefault(prefix) + 1;
        var phone = _random.NextDouble() < 0.7 ? string.Create(CultureInfo.InvariantCulture, $"08{_random.Next(11, 99)}{_random.Next(10_000_000, 99_999_999)}") : null;
        return new VillagePerson($"{prefix}{serial:0000}", ToTitle(string.Join(' ', words.Distinct())), birth, sex, desa.Name, Pick(Jobs), phone);
    }

    /// <summary>The same person typed again: a typo, a dropped marga, a missing NIK or phone, another desa.</summary>
    private VillagePerson Vary(VillagePerson person)
    {
        var name = person.Name;
        var roll = _random.NextDouble();
        if (roll < 0.15 && name.Length > 4)
        {
            var chars = name.ToCharArray();
            var at = _random.Next(2, chars.Length);
            if (chars[at] != ' ')
            {
                chars[at] = (char)('a' + _random.Next(26));
            }

            name = new string(chars);
        }
        else if (roll < 0.25 && name.LastIndexOf(' ') is var space and > 0)
        {
            name = name[..space];
        }

        return person with
        {
            Name = name,
            Nik = _random.NextDouble() < 0.1 ? "" : person.Nik,
            Phone = _random.NextDouble() < 0.3 ? null : person.Phone,
        };
    }

    private void WriteList(string path, List<VillagePerson> people)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Daftar");
        sheet.Cell(1, 1).SetValue("DAFTAR PEKERJA RENTAN TAHUN 2025");
        for (var c = 0; c < Header.Length; c++)
        {
            sheet.Cell(3, c + 1).SetValue(Header[c]);
        }

        for (var r = 0; r < people.Count; r++)
        {
            var p = people[r];
            var row = 4 + r;
            sheet.Cell(row, 1).SetValue(r + 1);
            Text(sheet.Cell(row, 2), p.Nik);
            Text(sheet.Cell(row, 3), p.Name);
            Text(sheet.Cell(row, 4), p.BirthDate.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));
            Text(sheet.Cell(row, 5), p.Sex == Sex.L ? "L" : "P");
            Text(sheet.Cell(row, 6), p.DesaName);
            Text(sheet.Cell(row, 7), p.Occupation);
            Text(sheet.Cell(row, 8), p.Phone ?? "");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        workbook.SaveAs(path);
    }

    private void WriteRegister(string path)
    {
        var text = new StringBuilder("KPJ;NIK;NAMA_PESERTA;TGL_LAHIR;STATUS_KEPESERTAAN\n");
        for (var i = 0; i < _register.Count; i++)
        {
            var p = _register[i];
            text.Append(CultureInfo.InvariantCulture, $"2501{1_000_000 + i};{p.Nik};{p.Name.ToUpperInvariant()};{p.BirthDate:dd-MM-yyyy};{(i % 5 == 0 ? "NON AKTIF" : "AKTIF")}\n");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }

    private static void Text(IXLCell cell, string value)
    {
        cell.SetValue(value);
        cell.DataType = XLDataType.Text;
    }

    private string Pick(string[] pool) => pool[_random.Next(pool.Length)];

    private static string ToTitle(string upper) => CultureInfo.GetCultureInfo("id-ID").TextInfo.ToTitleCase(upper.ToLowerInvariant());

    private static string Slug(string name) =>
        string.Join('-', name.ToLowerInvariant().Split([' ', '.', '/', '\''], StringSplitOptions.RemoveEmptyEntries));
}
