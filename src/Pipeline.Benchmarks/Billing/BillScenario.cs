using System.Globalization;
using System.Text;
using Pipeline.Core.Billing;
using Pipeline.Core.Budget;
using Pipeline.Core.Cohort;
using Pipeline.Core.Validation;

namespace Pipeline.Benchmarks.Billing;

/// <summary>
/// A funded cohort of <c>people</c> and a bill of <c>rows</c> for January 2027 at Rp 16.800, generated from a seed,
/// with <see cref="Planted"/> rows of every code but <c>COCOK</c>, so the counts a reconciliation must find are known:
/// the last <c>k</c> people ended in December, the next <c>k</c> are billed Rp 20.000, <c>k</c> others twice, and
/// <c>k</c> rows bill nobody funded; funded people beyond what the rows can hold are left out of the bill.
/// </summary>
/// <remarks>
/// Person <c>i</c>'s NIK, KPJ, name and desa follow from <c>i</c>, so nothing about the cohort is held while the bill
/// is written: the index built from <see cref="Cohort"/> is the only copy, as in the real reconciliation.
/// </remarks>
internal sealed class BillScenario
{
    private static readonly string[] Given = ["SITI", "NUR", "RINA", "MUHAMMAD", "AHMAD", "PUTRI", "DEWI", "RIZKY", "HENDRA", "SRI", "AGUS", "YUSUF"];
    private static readonly string[] Family = ["SIREGAR", "HARAHAP", "LUBIS", "NASUTION", "HASIBUAN", "RITONGA", "SIMATUPANG", "DALIMUNTHE", "PANE", "DAULAY"];
    private readonly Region[] _desa = Gazetteer.LabuhanbatuUtara.Desa.OrderBy(d => d.Code, StringComparer.Ordinal).ToArray();

    public BillScenario(int people, int rows)
    {
        People = people;
        Planted = Math.Max(1, people / 300);
        if (rows < 4 * Planted || people < 4 * Planted)
        {
            throw new ArgumentException($"Use at least {4 * Planted} people and rows.");
        }

        BilledPeople = Math.Min(people - (2 * Planted), rows - (3 * Planted));
        Rows = BilledPeople + (3 * Planted);
    }

    public static MonthRange Period { get; } = MonthRange.Single(YearMonth.Of(2027, 1));

    public int People { get; }

    public int Rows { get; }

    /// <summary>How many rows of each planted kind (one per 300 people).</summary>
    public int Planted { get; }

    /// <summary>Funded people billed once (or twice) with their own KPJ: people 0 to this − 1.</summary>
    public int BilledPeople { get; }

    /// <summary>What the reconciliation must count.</summary>
    public IReadOnlyDictionary<BillCode, int> Expected => new Dictionary<BillCode, int>
    {
        [BillCode.Matched] = BilledPeople - Planted,
        [BillCode.AmountDiffers] = Planted,
        [BillCode.BilledTwice] = Planted,
        [BillCode.FundingEnded] = Planted,
        [BillCode.NotFunded] = Planted,
        [BillCode.NotBilled] = People - Planted - BilledPeople,
    };

    /// <summary>The cohort, streamed: people 0 to People − 1, the last <see cref="Planted"/> ended from January 2027.</summary>
    public IEnumerable<FundedPeriod> Cohort()
    {
        var random = new Random(20270131);
        for (var i = 0; i < People; i++)
        {
            var desa = _desa[i % _desa.Length];
            var ended = i >= People - Planted;
            yield return new FundedPeriod(
                "P" + (i + 1).ToString("x12", CultureInfo.InvariantCulture), Nik(i), Kpj(i), Name(i), desa.ParentCode, desa.Code,
                YearMonth.Of(2025, 1).AddMonths(random.Next(24)), ended ? Period.First : null, ended ? "meninggal" : null);
        }
    }

    /// <summary>Writes the bill as BPJS sends it: semicolons, a title-free header, amounts in both usual forms, a totals row.</summary>
    public void WriteBill(string path)
    {
        var random = new Random(20270201);
        var order = Enumerable.Range(0, BilledPeople).ToArray();
        random.Shuffle(order);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
        writer.Write("NO;NO KPJ;NIK;NAMA PESERTA;IURAN\r\n");
        var number = 0;
        var total = 0m;
        void Row(int person, bool withKpj, decimal amount)
        {
            total += amount;
            var text = (number % 2 == 0) ? amount.ToString("0", CultureInfo.InvariantCulture) : "Rp " + amount.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{++number};{(withKpj ? Kpj(person) : "")};'{Nik(person)};{Name(person)};{text}\r\n"));
        }

        foreach (var person in order)
        {
            // The planted kinds fall on people chosen by number, far apart from each other.
            var spacing = BilledPeople / Planted;
            var overBilled = person % spacing == 1 && person / spacing < Planted;
            var twice = person % spacing == 2 && person / spacing < Planted;
            Row(person, withKpj: person % 10 != 3, overBilled ? 20_000m : 16_800m);
            if (twice)
            {
                Row(person, withKpj: true, 16_800m);
            }
        }

        for (var k = 0; k < Planted; k++)
        {
            Row(People - 1 - k, withKpj: true, 16_800m);
            Row(People + k, withKpj: true, 16_800m);
        }

        writer.Write(string.Create(CultureInfo.InvariantCulture, $"JUMLAH;;;;{total:0}\r\n"));
    }

    private static string Nik(int person) => string.Create(CultureInfo.InvariantCulture, $"1223{person + 1:D12}");

    private static string Kpj(int person) => string.Create(CultureInfo.InvariantCulture, $"27{person + 1:D9}");

    private static string Name(int person) => $"{Given[person % Given.Length]} {Family[(person / Given.Length) % Family.Length]} {person % 97}";
}
