using Pipeline.Core.Matching;
using Pipeline.Core.Model;

namespace Pipeline.Benchmarks;

/// <summary>A generated person listing with its ground-truth person number.</summary>
internal readonly record struct GeneratedRecord(int Entity, MatchFields Fields);

/// <summary>
/// Deterministic synthetic worker lists for timing: realistic NIKs (1223xx + DDMMYY(+40 for women) + serial),
/// Javanese/Malay/Batak names with and without marga, real desa codes of the regency, and duplicates
/// carrying the slips officials make (typos, dropped or abbreviated marga, day/month swaps, NIK typos).
/// </summary>
internal sealed class WorkerDataGenerator
{
    private static readonly string[] MaleNames =
    [
        "AHMAD", "MUHAMMAD", "ANDI", "BUDI", "RAHMAT", "SYAHRIL", "ZULKIFLI", "HASAN", "HUSEIN", "IBRAHIM", "ISMAIL", "YUSUF",
        "ABDUL", "RAHMAN", "HAMID", "SAMSUL", "BAHRI", "ARIFIN", "SUDIRMAN", "SUPRIADI", "SUGENG", "SUTRISNO", "SLAMET", "WAHYU",
        "JOKO", "AGUS", "DEDI", "HENDRA", "RUDI", "IRWAN", "FAISAL", "RIZKY", "FAJAR", "DANI", "ANTON", "JUNAIDI", "MARZUKI",
        "SAIFUL", "AMRI", "TAUFIK", "HERMAN", "POLTAK", "TIGOR", "PARLINDUNGAN", "MARULI", "BONAR", "SAHAT", "TUMPAL", "HOTMAN",
        "EFENDI", "NASRUL", "ILHAM", "RIDWAN", "SYAFRIZAL", "AZHAR", "KHAIRUL", "MUKHTAR", "NURDIN", "SAMSIR", "USMAN",
    ];

    private static readonly string[] FemaleNames =
    [
        "SITI", "NUR", "AMINAH", "FATIMAH", "AISYAH", "KHADIJAH", "SRI", "WAHYUNI", "RINA", "RANI", "DEWI", "LESTARI", "PUTRI",
        "INDAH", "YULIANI", "SUSANTI", "HARTATI", "SUMARNI", "PARTINI", "SRIWATI", "MARLINA", "ROSMAWATI", "NURHAYATI",
        "ERNAWATI", "MASTURA", "HALIMAH", "ZAHARA", "RAHMAWATI", "YANTI", "LINDA", "NOVI", "FITRI", "HERLINA", "JULIANA",
        "ROSMIDA", "TIOMINAR", "RUGUN", "LUMONGGA", "DORIS", "MERI", "SARMA", "NURSIAH", "SALMAH", "RAHMAH", "MAIMUNAH",
        "HASNAH", "SYARIFAH", "ASNAH", "DARWATI", "SURYANI", "ELIDA", "ROSNIAR", "MASNI", "JAMILAH", "RUSMINI", "TUMIRAH",
    ];

    private static readonly string[] Marga =
    [
        "SIREGAR", "HARAHAP", "NASUTION", "LUBIS", "HASIBUAN", "RITONGA", "POHAN", "DAULAY", "RANGKUTI", "PULUNGAN",
        "DALIMUNTHE", "TANJUNG", "MARPAUNG", "PANJAITAN", "SIHOMBING", "SITUMORANG", "HUTAGALUNG", "MANURUNG", "SILALAHI",
        "SINAGA", "NAINGGOLAN", "PARDEDE", "SIMANJUNTAK", "SIMATUPANG", "SITORUS", "SIAGIAN", "GULTOM", "NAPITUPULU",
        "TAMPUBOLON", "SIMBOLON", "SIHITE", "MUNTHE", "SEMBIRING", "GINTING", "TARIGAN", "PURBA", "SARAGIH", "DAMANIK",
        "BATUBARA", "MATONDANG",
    ];

    private static readonly string[] MargaAbbreviations = ["SRG", "HRP", "NST", "LBS", "HSB", "RTG", "PHN", "DLY", "RKT", "PLG"];

    private readonly Random _random;
    private readonly string[] _desaCodes;
    private readonly Dictionary<string, int> _serials = new();
    private readonly int _serialStart;
    private int _nextEntity;

    /// <param name="serialStart">First NIK serial per kecamatan and date: generators that must not hand out each
    /// other's NIKs (two independent sets of people in one store) start at different serials.</param>
    public WorkerDataGenerator(int seed, int serialStart = 0)
    {
        _random = new Random(seed);
        _desaCodes = LoadDesaCodes();
        _serialStart = serialStart;
    }

    /// <summary>A list of <paramref name="count"/> listings of which about <paramref name="duplicateShare"/> repeat an earlier person.</summary>
    public List<GeneratedRecord> List(int count, double duplicateShare, IReadOnlyList<GeneratedRecord>? source = null, double sourceShare = 0)
    {
        var result = new List<GeneratedRecord>(count);
        for (var i = 0; i < count; i++)
        {
            var roll = _random.NextDouble();
            if (source is not null && roll < sourceShare)
            {
                var origin = source[_random.Next(source.Count)];
                result.Add(origin with { Fields = Vary(origin.Fields) });
            }
            else if (result.Count > 0 && roll < sourceShare + duplicateShare)
            {
                var origin = result[_random.Next(result.Count)];
                result.Add(origin with { Fields = Vary(origin.Fields) });
            }
            else
            {
                result.Add(new GeneratedRecord(_nextEntity++, NewPerson()));
            }
        }
        return result;
    }

    private MatchFields NewPerson()
    {
        var sex = _random.Next(2) == 0 ? Sex.L : Sex.P;
        var birth = new DateOnly(1961, 1, 1).AddDays(_random.Next(50 * 365));
        var desa = _desaCodes[_random.Next(_desaCodes.Length)];
        var pool = sex == Sex.L ? MaleNames : FemaleNames;
        var words = new List<string> { Pick(pool) };
        if (_random.NextDouble() < 0.5)
        {
            words.Add(Pick(pool));
        }

        if (_random.NextDouble() < 0.6)
        {
            words.Add(Pick(Marga));
        }

        var name = string.Join(' ', words.Distinct());
        var day = birth.Day + (sex == Sex.P ? 40 : 0);
        var prefix = $"{desa[..6]}{day:00}{birth.Month:00}{birth.Year % 100:00}";
        _serials[prefix] = _serials.GetValueOrDefault(prefix, _serialStart) + 1;
        var nik = $"{prefix}{_serials[prefix]:0000}";
        var phone = _random.NextDouble() < 0.7 ? $"+628{_random.NextInt64(100_000_000, 9_999_999_999)}" : null;
        return new MatchFields(nik, name, name, birth, sex, desa, phone);
    }

    private MatchFields Vary(MatchFields f)
    {
        var nik = f.Nik;
        var roll = _random.NextDouble();
        if (roll < 0.10)
        {
            nik = null;
        }
        else if (nik is not null && roll < 0.20)
        {
            nik = ReplaceDigit(nik, _random.Next(16));
        }
        else if (nik is not null && roll < 0.25)
        {
            nik = SwapAdjacent(nik, _random.Next(15));
        }

        var name = f.Name!;
        roll = _random.NextDouble();
        if (roll < 0.20)
        {
            name = Typo(name);
        }
        else if (roll < 0.30)
        {
            name = DropLastWord(name);
        }
        else if (roll < 0.35)
        {
            name = AbbreviateMarga(name);
        }

        var birth = f.BirthDate;
        roll = _random.NextDouble();
        if (roll < 0.05 && birth is { } b && b.Day <= 12 && b.Day != b.Month)
        {
            birth = new DateOnly(b.Year, b.Day, b.Month);
        }
        else if (roll < 0.10 && birth is { } c)
        {
            birth = c.AddDays(_random.Next(1, 9));
        }

        var desa = _random.NextDouble() < 0.10 ? _desaCodes[_random.Next(_desaCodes.Length)] : f.DesaCode;
        var phone = _random.NextDouble() < 0.3 ? null : f.Phone;
        return new MatchFields(nik, name, name, birth, f.Sex, desa, phone);
    }

    private string Pick(string[] pool) => pool[_random.Next(pool.Length)];

    private string ReplaceDigit(string digits, int position)
    {
        var chars = digits.ToCharArray();
        chars[position] = (char)('0' + (chars[position] - '0' + 1 + _random.Next(9)) % 10);
        return new string(chars);
    }

    private static string SwapAdjacent(string digits, int position)
    {
        var chars = digits.ToCharArray();
        (chars[position], chars[position + 1]) = (chars[position + 1], chars[position]);
        return new string(chars);
    }

    private string Typo(string name)
    {
        var chars = name.ToCharArray();
        var position = _random.Next(1, chars.Length);
        if (chars[position] == ' ')
        {
            return name;
        }

        chars[position] = (char)('A' + _random.Next(26));
        return new string(chars);
    }

    private static string DropLastWord(string name) =>
        name.LastIndexOf(' ') is var space and > 0 ? name[..space] : name;

    private string AbbreviateMarga(string name)
    {
        var space = name.LastIndexOf(' ');
        if (space < 0)
        {
            return name;
        }

        var index = Array.IndexOf(Marga, name[(space + 1)..]);
        return index is >= 0 and < 10 ? name[..(space + 1)] + MargaAbbreviations[index] : name;
    }

    private static string[] LoadDesaCodes()
    {
        var assembly = typeof(MatchFields).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("wilayah-labuhanbatu-utara.csv", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        return reader.ReadToEnd().Split('\n')
            .Select(l => l.Trim().Split(','))
            .Where(c => c.Length >= 2 && c[1] == "desa")
            .Select(c => c[0].Replace(".", "", StringComparison.Ordinal))
            .ToArray();
    }
}
