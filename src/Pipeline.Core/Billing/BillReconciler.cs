using System.Numerics;
using Pipeline.Core.Budget;
using Pipeline.Core.Cohort;
using Pipeline.Core.Model;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Billing;

/// <summary>
/// Reconciles a BPJS bill against the funded cohort, row by row as the bill streams: each billed row gets one
/// <see cref="BillCode"/>, and afterwards each funded person with months no row billed gets
/// <see cref="BillCode.NotBilled"/>. Money comes from the one rule, <see cref="ContributionSchedule"/>.
/// </summary>
/// <remarks>
/// <para>A row is matched by KPJ first and by NIK when the KPJ is missing, unreadable or unknown. It bills the month
/// it names, or the whole period when it names none. The expected amount is the rate in force in each billed month
/// in which the person is funded, summed.</para>
/// <para>When several codes could apply, the first rule that holds decides (docs/billing.md explains each):</para>
/// <list type="number">
/// <item><c>TIDAK_DIBIAYAI</c>: the row matches no funded person, its month cannot be read or lies outside the
/// period, or the person is not yet funded in any month billed.</item>
/// <item><c>SUDAH_BERHENTI</c>: every month billed is after the person's funding ended (nothing payable).</item>
/// <item><c>DITAGIH_GANDA</c>: an earlier row already billed this person for these months (the later rows only).</item>
/// <item><c>SUDAH_BERHENTI</c>: some months billed are after the end and the amount is more than the months still
/// funded: those months are paid.</item>
/// <item><c>NOMINAL_BERBEDA</c>: the amount is not the expected one, or cannot be read.</item>
/// <item><c>COCOK</c>: otherwise.</item>
/// </list>
/// <para>To pay: the amount for <c>COCOK</c>; the lower of billed and expected for <c>NOMINAL_BERBEDA</c> and a partly
/// payable <c>SUDAH_BERHENTI</c> (never more than BPJS asked, never more than the rule allows); nothing otherwise.</para>
/// <para>Memory: the cohort index plus, per person, the months billed so far (4 bytes) and the row that billed them
/// first (4 bytes, and 4 per month when rows name months); nothing is kept per bill row. Outcomes are handed to the
/// caller as they are decided, bill rows in bill order, then people not billed by kecamatan, desa and name, so the
/// same bill against the same cohort gives the same outcomes in the same order.</para>
/// </remarks>
public sealed class BillReconciler(ContributionSchedule schedule)
{
    /// <summary>The longest period one bill may cover (two years): the months billed are kept as bits of 32.</summary>
    public const int MaxMonths = 24;

    /// <param name="period">The months the bill covers: one, or three for a triwulan.</param>
    /// <param name="cohort">The funded cohort, as stored when the bill is reconciled.</param>
    /// <param name="rows">The bill's rows, streamed (see <see cref="BillReader"/>).</param>
    /// <param name="write">Receives each outcome as it is decided (the writers stream it out).</param>
    /// <exception cref="ArgumentOutOfRangeException">The period is longer than <see cref="MaxMonths"/>.</exception>
    public BillSummary Reconcile(MonthRange period, CohortIndex cohort, IEnumerable<BillRow> rows, Action<BillOutcome> write)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(write);
        if (period.Count > MaxMonths)
        {
            throw new ArgumentOutOfRangeException(nameof(period), $"A bill covers at most {MaxMonths} months; {period} has {period.Count}.");
        }

        var run = new Run(new PeriodMonths(period, schedule), cohort);
        var totals = new BillTotals();
        foreach (var row in rows)
        {
            var outcome = run.Decide(row);
            totals.Add(outcome);
            write(outcome);
        }

        var funded = 0;
        foreach (var outcome in run.NotBilled(() => funded++))
        {
            totals.Add(outcome);
            write(outcome);
        }

        return totals.ToSummary(period, schedule, funded);
    }

    /// <summary>The state of one reconciliation: which months of whom have been billed, and by which row.</summary>
    private sealed class Run(PeriodMonths months, CohortIndex cohort)
    {
        private readonly uint[] _billed = new uint[cohort.Count];
        private readonly int[] _firstRow = new int[cohort.Count];
        private int[]? _firstRowOfMonth;

        public BillOutcome Decide(BillRow row)
        {
            var issues = new List<Issue>(row.Issues);
            var slot = Identify(row, issues);
            var outcome = new Draft(row, slot < 0 ? null : cohort[slot], issues, months);

            if (row.MonthUnreadable)
            {
                return outcome.NotFunded(0, "Bulan yang ditagih tidak dapat dibaca.");
            }

            var billedMonths = months.All;
            if (row.Month is { } month)
            {
                var index = months.Period.IndexOf(month);
                if (index < 0)
                {
                    issues.Add(IssueCatalog.BillMonthOutsidePeriod.Create(month.ToIndonesian(), months.Period.ToIndonesian()));
                    return outcome.NotFunded(0, "Bulan yang ditagih di luar periode tagihan.", [month]);
                }

                billedMonths = 1u << index;
            }

            if (outcome.Person is not { } person)
            {
                return outcome.NotFunded(billedMonths, row.Kpj is null && row.Nik is null
                    ? "KPJ dan NIK tidak dapat dibaca sehingga tidak dapat dicocokkan."
                    : "KPJ/NIK tidak terdapat dalam daftar peserta yang dibiayai Pemda.");
            }

            cohort.Months(slot, months.Period, out var fundedAll, out var endedAll);
            var funded = fundedAll & billedMonths;
            var ended = endedAll & billedMonths;
            if (funded == 0)
            {
                return ended != 0
                    ? outcome.With(BillCode.FundingEnded, billedMonths, 0, 0, $"{Ended(person, "Pembiayaan")}; tidak ada bulan yang ditagih yang masih dibiayai.")
                    : outcome.NotFunded(billedMonths, $"Dibiayai Pemda mulai {person.FundedFrom.ToIndonesian()}; belum dibiayai pada bulan yang ditagih.");
            }

            var expected = months.Sum(funded);
            if ((_billed[slot] & billedMonths) != 0)
            {
                return outcome.With(BillCode.BilledTwice, billedMonths, expected: 0, toPay: 0,
                    $"Sudah ditagih di baris {FirstRow(slot, _billed[slot] & billedMonths)} untuk bulan yang sama; baris ini tidak dibayar.");
            }

            MarkBilled(slot, billedMonths, row);
            var notYet = billedMonths & ~fundedAll & ~endedAll;
            var rule = months.Breakdown(funded) + (notYet == 0 ? string.Empty
                : $" (belum dibiayai pada {months.Describe(notYet)}: dibiayai mulai {person.FundedFrom.ToIndonesian()})");
            var ruleAndEnd = ended == 0 ? rule : $"{rule} ({Ended(person, "pembiayaan")})";
            if (row.Amount is not { } billed)
            {
                return outcome.With(BillCode.AmountDiffers, billedMonths, expected, 0,
                    $"Nominal tidak dapat dibaca; seharusnya {ruleAndEnd}. Tidak dibayar sampai nominalnya jelas.");
            }

            if (ended != 0 && billed > expected)
            {
                return outcome.With(BillCode.FundingEnded, billedMonths, expected, expected,
                    $"{Ended(person, "Pembiayaan")}; yang dibayar hanya {months.Describe(funded)}: {rule}. Selisih {IndonesianFormat.Rupiah(billed - expected)} disanggah.");
            }

            if (billed > expected)
            {
                return outcome.With(BillCode.AmountDiffers, billedMonths, expected, expected,
                    $"Ditagih {IndonesianFormat.Rupiah(billed)}, seharusnya {rule}; dibayar {IndonesianFormat.Rupiah(expected)}, selisih {IndonesianFormat.Rupiah(billed - expected)} disanggah.");
            }

            if (billed < expected)
            {
                return outcome.With(BillCode.AmountDiffers, billedMonths, expected, billed,
                    $"Ditagih {IndonesianFormat.Rupiah(billed)}, seharusnya {ruleAndEnd}; dibayar sebesar tagihan, kurang tagih {IndonesianFormat.Rupiah(expected - billed)}.");
            }

            return outcome.With(BillCode.Matched, billedMonths, expected, billed, $"Sesuai: {ruleAndEnd}.");
        }

        /// <summary>Every funded person with funded months of the period that no row billed, by area and name.</summary>
        public IEnumerable<BillOutcome> NotBilled(Action countFunded)
        {
            var missing = new List<int>();
            for (var slot = 0; slot < cohort.Count; slot++)
            {
                cohort.Months(slot, months.Period, out var funded, out _);
                if (funded != 0)
                {
                    countFunded();
                    if ((funded & ~_billed[slot]) != 0)
                    {
                        missing.Add(slot);
                    }
                }
            }

            var ordered = missing
                .Select(slot => (Slot: slot, Area: cohort.Area(slot), Name: cohort.Name(slot)))
                .OrderBy(p => p.Area.Kecamatan, StringComparer.Ordinal)
                .ThenBy(p => p.Area.Desa, StringComparer.Ordinal)
                .ThenBy(p => p.Name, StringComparer.Ordinal)
                .ThenBy(p => p.Slot)
                .Select(p => p.Slot);
            foreach (var slot in ordered)
            {
                cohort.Months(slot, months.Period, out var funded, out _);
                var notBilled = funded & ~_billed[slot];
                var person = cohort[slot];
                var partly = notBilled != funded ? " (bulan lain sudah ditagih)" : string.Empty;
                yield return new BillOutcome(
                    BillCode.NotBilled, null, person.Kpj ?? string.Empty, person.Nik, person.Name, person.PersonId, person.KecamatanCode, person.DesaCode,
                    months.Months(notBilled), null, months.Sum(notBilled), 0,
                    $"Dibiayai Pemda sejak {person.FundedFrom.ToIndonesian()}, tetapi tidak ditagih untuk {months.Describe(notBilled)}{partly}: " +
                    $"{months.Breakdown(notBilled)}. Tanyakan ke BPJS apakah peserta terlindungi.",
                    []);
            }
        }

        /// <summary>KPJ first; the NIK when the KPJ is missing, unreadable or unknown. Disagreements are noted.</summary>
        private int Identify(BillRow row, List<Issue> issues)
        {
            var byKpj = cohort.FindByKpj(row.Kpj);
            if (byKpj >= 0)
            {
                if (row.Nik is not null && cohort.FindByNik(row.Nik) != byKpj)
                {
                    issues.Add(IssueCatalog.BillNikDiffers.Create(row.Nik));
                }

                return byKpj;
            }

            var byNik = cohort.FindByNik(row.Nik);
            if (byNik >= 0 && row.Kpj is not null && cohort[byNik].Kpj is { } confirmed)
            {
                issues.Add(IssueCatalog.BillKpjDiffers.Create(row.Kpj, confirmed));
            }

            return byNik;
        }

        private void MarkBilled(int slot, uint billedMonths, BillRow row)
        {
            _billed[slot] |= billedMonths;
            if (row.Month is null)
            {
                _firstRow[slot] = _firstRow[slot] == 0 ? row.RowNumber : _firstRow[slot];
                return;
            }

            _firstRowOfMonth ??= new int[cohort.Count * months.Period.Count];
            var at = (slot * months.Period.Count) + BitOperations.TrailingZeroCount(billedMonths);
            _firstRowOfMonth[at] = _firstRowOfMonth[at] == 0 ? row.RowNumber : _firstRowOfMonth[at];
        }

        /// <summary>The row that first billed one of the <paramref name="overlap"/> months.</summary>
        private int FirstRow(int slot, uint overlap)
        {
            if (_firstRowOfMonth is not null)
            {
                for (var bits = overlap; bits != 0; bits &= bits - 1)
                {
                    var row = _firstRowOfMonth[(slot * months.Period.Count) + BitOperations.TrailingZeroCount(bits)];
                    if (row != 0 && (_firstRow[slot] == 0 || row < _firstRow[slot]))
                    {
                        return row;
                    }
                }
            }

            return _firstRow[slot];
        }

        /// <summary>"Pembiayaan Pemda berhenti mulai Februari 2027 (pindah)", starting with <paramref name="word"/> as the sentence needs.</summary>
        private static string Ended(FundedPeriod person, string word) =>
            $"{word} Pemda berhenti mulai {person.EndedFrom!.Value.ToIndonesian()}" + (person.EndReason is { } reason ? $" ({reason})" : string.Empty);

        /// <summary>What is known of a row before its code is decided, and the outcome once it is.</summary>
        private sealed class Draft(BillRow row, FundedPeriod? person, List<Issue> issues, PeriodMonths months)
        {
            public FundedPeriod? Person => person;

            public BillOutcome NotFunded(uint billedMonths, string why, IReadOnlyList<YearMonth>? named = null) =>
                Build(BillCode.NotFunded, named ?? months.Months(billedMonths), 0, 0, why + " Jangan dibayar.");

            public BillOutcome With(BillCode code, uint billedMonths, decimal expected, decimal toPay, string why) =>
                Build(code, months.Months(billedMonths), expected, toPay, why);

            private BillOutcome Build(BillCode code, IReadOnlyList<YearMonth> billed, decimal expected, decimal toPay, string why) => new(
                code,
                row.RowNumber,
                row.Kpj ?? row.KpjAsBilled,
                row.Nik ?? row.NikAsBilled,
                row.Name.Length > 0 ? row.Name : person?.Name ?? string.Empty,
                person?.PersonId,
                person?.KecamatanCode,
                person?.DesaCode,
                billed,
                row.Amount,
                expected,
                toPay,
                why,
                issues);
        }
    }
}
