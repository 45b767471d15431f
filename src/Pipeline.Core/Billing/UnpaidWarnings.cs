using Pipeline.Core.Budget;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Billing;

/// <summary>
/// The unpaid months as the sentences people read: consecutive months already past the lapse become one warning
/// with their total, so a regency that stopped paying half a year ago sees one line, not six; a month still before its
/// lapse keeps its own warning, since each has its own deadline.
/// </summary>
public static class UnpaidWarnings
{
    public static IReadOnlyList<string> Sentences(IReadOnlyList<UnpaidMonth> unpaid)
    {
        ArgumentNullException.ThrowIfNull(unpaid);
        var sentences = new List<string>();
        var lapsedRun = new List<UnpaidMonth>();
        foreach (var month in unpaid)
        {
            if (month.Lapsed && (lapsedRun.Count == 0 || lapsedRun[^1].Month.Next == month.Month))
            {
                lapsedRun.Add(month);
                continue;
            }

            Flush(lapsedRun, sentences);
            if (month.Lapsed)
            {
                lapsedRun.Add(month);
            }
            else
            {
                sentences.Add(month.ToIndonesian());
            }
        }

        Flush(lapsedRun, sentences);
        return sentences;
    }

    private static void Flush(List<UnpaidMonth> run, List<string> sentences)
    {
        if (run.Count == 1)
        {
            sentences.Add(run[0].ToIndonesian());
        }
        else if (run.Count > 1)
        {
            var (fewest, most) = (run.Min(m => m.People), run.Max(m => m.People));
            var people = fewest == most ? IndonesianFormat.Number(most) : $"{IndonesianFormat.Number(fewest)}–{IndonesianFormat.Number(most)}";
            var months = new MonthRange(run[0].Month, run[^1].Month);
            sentences.Add($"Iuran {IndonesianFormat.Number(run.Count)} bulan ({months.ToIndonesian()}) untuk {people} peserta per bulan ({IndonesianFormat.Rupiah(run.Sum(m => m.Amount))} seluruhnya) " +
                          $"belum dibayar dan sudah melewati batasnya (bulan terakhir: {IndonesianFormat.ShortDate(run[^1].LapsesOn)}): perlindungan mereka terputus, dan pembayaran sekarang dihitung sebagai kepesertaan baru.");
        }

        run.Clear();
    }
}
