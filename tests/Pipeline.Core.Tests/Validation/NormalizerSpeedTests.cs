using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Validation;

/// <summary>
/// Guards against pathological slowdowns (regex built per row, unbounded fuzzy search) by what they allocate, not by
/// time: a shared test machine makes any time bound flaky. The real figures come from
/// <c>Pipeline.Benchmarks normalize</c> (50,000 rows, about 140 MB allocated).
/// </summary>
public class NormalizerSpeedTests
{
    [Fact]
    public void Fifty_thousand_varied_rows_normalise_within_a_bounded_allocation()
    {
        var desa = new[] { "Aek Kanopan", "Londut", "Sukarme", "Perk. Hanna", "Dusun III", "Sono Martani" };
        var dates = new object[] { "12-03-1980", new DateTime(1980, 3, 12), 29292d, "12 Maret 1980", "3/12/1980" };
        var rows = Enumerable.Range(0, 50_000).Select(i => TestSheet.Row(i + 2,
            (Field.Desa, desa[i % desa.Length]), (Field.BirthDate, dates[i % dates.Length]),
            (Field.Name, i % 2 == 0 ? "H. Mhd. Jusuf, S.Pd" : "Siti Aminah"))).ToList();

        var before = GC.GetAllocatedBytesForCurrentThread();
        var rejected = rows.Count(row => TestSheet.Normalizer.Normalize(row, TestSheet.StandardLayout, UploadLocation.None).HasErrors);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, rejected);
        Assert.InRange(allocated, 0, 500L * 1024 * 1024);
    }
}
