using System.Diagnostics;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Validation;

/// <summary>
/// Guards against pathological slowdowns (regex built per row, unbounded fuzzy search). The real figure comes
/// from Pipeline.Benchmarks (about 0.5 s for 50,000 rows); the bound here is loose because test machines are shared.
/// </summary>
public class NormalizerSpeedTests
{
    [Fact]
    public void Fifty_thousand_varied_rows_normalise_in_a_few_seconds()
    {
        var desa = new[] { "Aek Kanopan", "Londut", "Sukarme", "Perk. Hanna", "Dusun III", "Sono Martani" };
        var dates = new object[] { "12-03-1980", new DateTime(1980, 3, 12), 29292d, "12 Maret 1980", "3/12/1980" };
        var rows = Enumerable.Range(0, 50_000).Select(i => TestSheet.Row(i + 2,
            (Field.Desa, desa[i % desa.Length]), (Field.BirthDate, dates[i % dates.Length]),
            (Field.Name, i % 2 == 0 ? "H. Mhd. Jusuf, S.Pd" : "Siti Aminah"))).ToList();

        var watch = Stopwatch.StartNew();
        var rejected = rows.Count(row => TestSheet.Normalizer.Normalize(row, TestSheet.StandardLayout, UploadLocation.None).HasErrors);
        watch.Stop();

        Assert.Equal(0, rejected);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed.TotalMilliseconds:N0} ms");
    }
}
