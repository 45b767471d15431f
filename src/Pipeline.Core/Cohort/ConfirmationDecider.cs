using System.Globalization;
using Pipeline.Core.Budget;
using Pipeline.Core.Model;
using Pipeline.Core.Validation;

namespace Pipeline.Core.Cohort;

/// <summary>
/// Decides BPJS's confirmation of released lists: each row matched by NIK (and by list id where the row gives one)
/// to a person waiting for the answer, and turned into a transition of that person (<see cref="CohortMember.Confirm"/>
/// or <see cref="CohortMember.Refuse"/>), or into a message saying why it was not applied.
/// </summary>
/// <remarks>
/// The same file twice changes nothing: every transition is idempotent, so a replayed row is <c>unchanged</c>. A NIK
/// on two rows with the same answer counts once; with different answers none of its rows is applied (the file must be
/// corrected: guessing which row BPJS meant would decide money). One bad row never stops the others.
/// </remarks>
public static class ConfirmationDecider
{
    /// <param name="find">The cohort member with this NIK (a submitted one first), or null.</param>
    /// <param name="source">What confirmed them, for the record (the file's name).</param>
    /// <param name="reference">Today, for reading two-digit years.</param>
    public static ConfirmationPlan Decide(
        IEnumerable<ConfirmationRow> rows, Func<string, CohortMember?> find, string source, CohortActor actor, DateTimeOffset at, DateOnly reference) =>
        Decide(rows, find, findByKpj: _ => null, kpjLengths: null, source, actor, at, reference);

    /// <param name="findByKpj">The cohort member holding this KPJ (digits), or null: a KPJ already held by another person is not given to a second one.</param>
    /// <param name="kpjLengths">How many digits a KPJ has (<see cref="Validation.RegisterOptions.EffectiveKpjLengths"/>); null: any number that fits.</param>
    /// <remarks>
    /// A KPJ that is not one (another number of digits, two numbers in one cell) or that another person already holds
    /// is not recorded: the person is funded without it (<c>CONFIRM_KPJ_INVALID</c>, <c>CONFIRM_KPJ_TAKEN</c>) and the
    /// register completes it. Two people with one KPJ made every later bill unreconcilable.
    /// </remarks>
    public static ConfirmationPlan Decide(
        IEnumerable<ConfirmationRow> rows, Func<string, CohortMember?> find, Func<string, CohortMember?> findByKpj, IReadOnlyCollection<int>? kpjLengths,
        string source, CohortActor actor, DateTimeOffset at, DateOnly reference)
    {
        ArgumentNullException.ThrowIfNull(findByKpj);
        var read = rows.Select(r => Parse(r, reference, kpjLengths)).ToList();
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        bool TakenByOther(string kpj, string personId) =>
            (given.TryGetValue(kpj, out var holder) && holder != personId) || (findByKpj(kpj) is { } member && member.PersonId != personId);
        var outcomes = new List<ConfirmationRowOutcome>();
        var changes = new List<CohortChange>();
        foreach (var bad in read.Where(r => r.Problem is not null))
        {
            outcomes.Add(Outcome(bad.Row, ConfirmationResult.Invalid, null, bad.Problem!));
        }

        foreach (var group in read.Where(r => r.Problem is null).GroupBy(r => r.Nik!, StringComparer.Ordinal))
        {
            var first = group.First();
            if (group.Skip(1).Any(r => r.Answer != first.Answer))
            {
                foreach (var row in group)
                {
                    var other = group.First(r => r.Row.Row != row.Row.Row).Row.Row;
                    outcomes.Add(Outcome(row.Row, ConfirmationResult.Invalid, null, IssueCatalog.ConfirmRepeated.Create(other)));
                }

                continue;
            }

            var (outcome, change) = Apply(first, find(first.Nik!), TakenByOther, source, actor, at);
            outcomes.Add(outcome);
            if (change is not null)
            {
                changes.Add(change);
                if (change.After.Kpj is { } kpj)
                {
                    given.TryAdd(kpj, change.After.PersonId);
                }
            }

            outcomes.AddRange(group.Skip(1).Select(row => new ConfirmationRowOutcome(
                row.Row.Row, row.Nik, ConfirmationResult.Unchanged, outcome.PersonId, $"Sama dengan baris {first.Row.Row}; dihitung sekali.", [])));
        }

        return new ConfirmationPlan(outcomes.OrderBy(o => o.Row).ToList(), changes);
    }

    private static (ConfirmationRowOutcome, CohortChange?) Apply(
        Parsed row, CohortMember? member, Func<string, string, bool> takenByOther, string source, CohortActor actor, DateTimeOffset at)
    {
        if (member is null || member.State is CohortState.Candidate or CohortState.Withdrawn)
        {
            return (Outcome(row.Row, ConfirmationResult.Unmatched, member?.PersonId, IssueCatalog.ConfirmNotSubmitted.Create()), null);
        }

        if (row.Row.ExportId is { } listId && member.ExportId is { } carried && !string.Equals(listId, carried, StringComparison.OrdinalIgnoreCase))
        {
            return (Outcome(row.Row, ConfirmationResult.Unmatched, member.PersonId, IssueCatalog.ConfirmWrongList.Create(listId, carried)), null);
        }

        var warnings = new List<Issue>();
        CohortOutcome result;
        string note;
        if (row.Verdict == ConfirmationVerdict.Accepted)
        {
            var from = row.Month ?? (member.SubmittedOn is { } submitted ? YearMonth.Of(submitted) : YearMonth.Of(DateOnly.FromDateTime(at.UtcDateTime)));
            if (row.Month is null)
            {
                warnings.Add(IssueCatalog.ConfirmDateMissing.Create(from.ToIndonesian()));
            }

            var kpj = row.Kpj;
            if (kpj is not null && takenByOther(kpj, member.PersonId))
            {
                warnings.Add(IssueCatalog.ConfirmKpjTaken.Create(kpj));
                kpj = null;
            }
            else if (row.KpjProblem is { } kpjProblem)
            {
                warnings.Add(kpjProblem);
            }
            else if (kpj is null && member.Kpj is null)
            {
                warnings.Add(IssueCatalog.ConfirmKpjMissing.Create());
            }

            result = member.Confirm(kpj, from, source, actor, at);
            note = $"Dibiayai mulai {from.ToIndonesian()}, KPJ {kpj ?? member.Kpj ?? "-"}.";
        }
        else
        {
            result = member.Refuse(row.Row.Remarks ?? "", source, actor, at);
            note = $"Ditolak BPJS: {(string.IsNullOrWhiteSpace(row.Row.Remarks) ? "tanpa keterangan" : row.Row.Remarks.Trim())}.";
        }

        if (result.Refusal is { } refusal)
        {
            return (Outcome(row.Row, ConfirmationResult.Conflict, member.PersonId, IssueCatalog.ConfirmConflict.Create(refusal)), null);
        }

        var kind = result.Change is null ? ConfirmationResult.Unchanged
            : row.Verdict == ConfirmationVerdict.Accepted ? ConfirmationResult.Accepted : ConfirmationResult.Refused;
        return (new ConfirmationRowOutcome(row.Row.Row, row.Nik, kind, member.PersonId,
            kind == ConfirmationResult.Unchanged ? "Sudah tercatat sebelumnya; tidak ada yang berubah." : note, warnings), result.Change);
    }

    private static ConfirmationRowOutcome Outcome(ConfirmationRow row, ConfirmationResult result, string? personId, Issue issue) =>
        new(row.Row, ConfirmationRow.Text(row.Nik), result, personId, issue.Message, [issue]);

    private sealed record Parsed(ConfirmationRow Row, string? Nik, ConfirmationVerdict Verdict, string? Kpj, YearMonth? Month, Issue? Problem, Issue? KpjProblem = null)
    {
        /// <summary>What the row says, for telling a repeated row from a contradicting one.</summary>
        public (ConfirmationVerdict, string?, YearMonth?, string?, string?) Answer => (Verdict, Kpj, Month, Row.Remarks, Row.ExportId);
    }

    private static Parsed Parse(ConfirmationRow row, DateOnly reference, IReadOnlyCollection<int>? kpjLengths)
    {
        var nikText = ConfirmationRow.Text(row.Nik);
        var nik = row.Nik is string text ? Digits(text) : null;
        if (nik is not { Length: 16 })
        {
            return new Parsed(row, null, default, null, null, IssueCatalog.ConfirmNikInvalid.Create(nikText ?? ""));
        }

        if (!ConfirmationVerdicts.TryParse(row.Status, out var verdict))
        {
            return new Parsed(row, nik, default, null, null, IssueCatalog.ConfirmStatusUnknown.Create(row.Status ?? ""));
        }

        YearMonth? month = null;
        if (ConfirmationRow.Text(row.EffectiveDate) is { } written)
        {
            if (!TryMonth(row.EffectiveDate, reference, out var parsed))
            {
                return new Parsed(row, nik, verdict, null, null, IssueCatalog.ConfirmDateUnreadable.Create(written));
            }

            month = parsed;
        }

        var kpj = row.Kpj is { } k && Digits(k) is { Length: > 0 } digits ? digits : null;
        if (kpj is not null && (kpj.Length > Matching.PackedText.MaxDigits || (kpjLengths is not null && !kpjLengths.Contains(kpj.Length))))
        {
            // Kept out of the cohort: the bill is matched by KPJ, and a KPJ that is not one can never be looked up.
            return new Parsed(row, nik, verdict, null, month, null, IssueCatalog.ConfirmKpjInvalid.Create(row.Kpj!.Trim()));
        }

        return new Parsed(row, nik, verdict, kpj, month, null);
    }

    /// <summary>A date in any form the lists use, or a month alone ("2026-02", "02-2026", "Februari 2026").</summary>
    internal static bool TryMonth(object? cell, DateOnly reference, out YearMonth month)
    {
        month = default;
        if (cell is string text)
        {
            var trimmed = text.Trim();
            if (YearMonth.TryParse(trimmed, out month))
            {
                return true;
            }

            var parts = trimmed.Split(['-', '/', '.', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100)
            {
                month = YearMonth.Of(y, m);
                return true;
            }

            if (parts.Length == 2 && BirthDateParser.TryParseText(("1 " + trimmed).AsSpan(), reference, out var named))
            {
                month = YearMonth.Of(named.Date);
                return true;
            }
        }

        if (BirthDateParser.TryParse(cell, reference, out var date))
        {
            month = YearMonth.Of(date.Date);
            return true;
        }

        return false;
    }

    private static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());
}
