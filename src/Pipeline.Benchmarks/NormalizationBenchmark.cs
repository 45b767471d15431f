using System.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Core.Validation;

/// <summary>
/// Times <see cref="RecordNormalizer"/> over 50,000 synthetic rows in the mix of writings village lists use
/// (text and numeric NIKs, dates as text/serial/DateTime, titles, typos in desa names), to keep the
/// normaliser well under a second for a large upload.
/// </summary>
internal static class NormalizationBenchmark
{
    private static readonly Field[] Columns =
        [Field.Nik, Field.Name, Field.BirthDate, Field.Sex, Field.Desa, Field.Kecamatan, Field.Occupation, Field.Phone];

    private static readonly string[] Names = ["Ahmad Siregar", "H. Muhammad Nur, S.Pd", "Siti Aminah", "Djoko Soeprapto", "Mhd. Jusuf Hasibuan", "Hj. Rosmawati"];
    private static readonly string[] Desa = ["Aek Kanopan", "Desa Londut", "Kel. Aek Kanopan Timur", "Sonomartani", "Perk. Hanna", "Sukarame Baru", "Sukarme", "Dusun III"];
    private static readonly string[] Jobs = ["Petani", "Buruh Harian Lepas", "Penderes karet", "Nelayan", "Tukang Ojek", "IRT", ""];

    public static void Run(int rowCount = 50_000)
    {
        var layout = new SheetLayout
        {
            SheetName = "Sheet1",
            HeaderRow = 1,
            ColumnNames = Columns.Select(c => c.ToString()).ToList(),
            FieldColumns = Columns.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i),
        };
        var rows = Generate(rowCount);
        var normalizer = new RecordNormalizer(Gazetteer.LabuhanbatuUtara, new ValidationOptions { ReferenceDate = new DateOnly(2026, 11, 25) });
        var location = new UploadLocation("kualuh-hulu", "aek-kanopan");

        Normalize(normalizer, rows.Take(1000), layout, location);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var (rejected, issues) = Normalize(normalizer, rows, layout, location);
        watch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Console.WriteLine($"normalise: {rowCount:N0} rows in {watch.Elapsed.TotalMilliseconds:N0} ms " +
            $"({rowCount / watch.Elapsed.TotalSeconds:N0} rows/s), {allocated / 1024.0 / 1024.0:N1} MB allocated, " +
            $"{rejected:N0} rejected, {issues:N0} issues");
    }

    private static (int Rejected, int Issues) Normalize(RecordNormalizer normalizer, IEnumerable<SourceRow> rows, SheetLayout layout, UploadLocation location)
    {
        int rejected = 0, issues = 0;
        foreach (var row in rows)
        {
            var record = normalizer.Normalize(row, layout, location);
            rejected += record.Status == RecordStatus.Rejected ? 1 : 0;
            issues += record.Issues.Count;
        }

        return (rejected, issues);
    }

    private static List<SourceRow> Generate(int count)
    {
        var random = new Random(42);
        var rows = new List<SourceRow>(count);
        for (var i = 0; i < count; i++)
        {
            var birth = new DateOnly(1960, 1, 1).AddDays(random.Next(0, 365 * 45));
            var female = random.Next(2) == 1;
            var nik = $"12230{random.Next(1, 9)}{birth.Day + (female ? 40 : 0):00}{birth.Month:00}{birth.Year % 100:00}{random.Next(1, 9999):0000}";
            object? nikCell = (i % 50) switch { 0 => double.Parse(nik), 1 => nik[..15], _ => i % 7 == 0 ? $"'{nik}" : nik };
            object? dateCell = (i % 4) switch
            {
                0 => birth.ToString("dd-MM-yyyy"),
                1 => birth.ToDateTime(TimeOnly.MinValue),
                2 => (double)(birth.DayNumber - new DateOnly(1899, 12, 30).DayNumber),
                _ => birth.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("id-ID")),
            };
            rows.Add(new SourceRow(i + 2,
            [
                nikCell, Names[i % Names.Length], dateCell, female ? "P" : "Laki-laki", Desa[i % Desa.Length],
                "Kualuh Hulu", Jobs[i % Jobs.Length], i % 3 == 0 ? null : $"0812-{random.Next(1000, 9999)}-{random.Next(1000, 9999)}",
            ]));
        }

        return rows;
    }
}
