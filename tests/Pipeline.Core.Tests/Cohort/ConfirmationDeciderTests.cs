using System.Text;
using Pipeline.Core.Budget;
using Pipeline.Core.Cohort;
using Pipeline.Core.Reading;
using static Pipeline.Core.Tests.Cohort.CohortTestData;

namespace Pipeline.Core.Tests.Cohort;

/// <summary>BPJS's confirmation: each row an outcome, replays change nothing, bad rows and files say why.</summary>
public sealed class ConfirmationDeciderTests
{
    private const string Siti = "1223014503800001";
    private const string Budi = "1223011203800001";
    private const string Rina = "1223015508920004";
    private static readonly DateOnly Today = new(2026, 2, 20);

    private readonly Dictionary<string, CohortMember> _members = new()
    {
        [Siti] = Submitted("P000000000001"),
        [Budi] = Submitted("P000000000002"),
    };

    [Fact]
    public void Accepted_and_refused_rows_move_the_submitted_people_with_the_month_KPJ_and_reason()
    {
        var plan = Decide("""
            NIK;KPJ;STATUS;TANGGAL EFEKTIF;KETERANGAN
            1223014503800001;25099999999;DITERIMA;01-02-2026;
            1223011203800001;;Ditolak;;NIK tidak terdaftar di Dukcapil
            """);

        Assert.Equal([ConfirmationResult.Accepted, ConfirmationResult.Refused], plan.Rows.Select(r => r.Result));
        var funded = plan.Changes[0].After;
        Assert.Equal((CohortState.Funded, "25099999999", YearMonth.Of(2026, 2), "konfirmasi.csv"), (funded.State, funded.Kpj, funded.FundedFrom, funded.ConfirmedBy));
        var refused = plan.Changes[1].After;
        Assert.Equal((CohortState.Refused, "NIK tidak terdaftar di Dukcapil"), (refused.State, refused.Refusal));
        Assert.Equal(1, plan.Counts["accepted"]);
    }

    [Fact]
    public void The_same_file_again_changes_nothing()
    {
        const string file = "NIK;KPJ;STATUS;TANGGAL EFEKTIF\n1223014503800001;25099999999;DITERIMA;2026-02\n";
        var first = Decide(file);
        _members[Siti] = first.Changes[0].After;

        var again = Decide(file);

        Assert.Empty(again.Changes);
        Assert.Equal(ConfirmationResult.Unchanged, Assert.Single(again.Rows).Result);
    }

    [Theory]
    [InlineData("9999999999999999;;DITERIMA;;", ConfirmationResult.Unmatched, "CONFIRM_NOT_SUBMITTED")]
    [InlineData("12230145038;;DITERIMA;;", ConfirmationResult.Invalid, "CONFIRM_NIK_INVALID")]
    [InlineData("1223014503800001;;MUNGKIN;;", ConfirmationResult.Invalid, "CONFIRM_STATUS_UNKNOWN")]
    [InlineData("1223014503800001;;DITERIMA;kemarin;", ConfirmationResult.Invalid, "CONFIRM_DATE_UNREADABLE")]
    [InlineData("1223014503800001;;DITERIMA;;20260101-000000-zz99", ConfirmationResult.Unmatched, "CONFIRM_WRONG_LIST")]
    public void A_row_that_cannot_be_applied_says_why_and_the_others_go_on(string bad, ConfirmationResult result, string code)
    {
        var plan = Decide("NIK;KPJ;STATUS;TANGGAL EFEKTIF;ID DAFTAR\n" + bad + "\n1223011203800001;25088888888;DITERIMA;Februari 2026;\n");

        Assert.Equal(result, plan.Rows[0].Result);
        Assert.Equal(code, Assert.Single(plan.Rows[0].Issues).Code);
        Assert.Equal(ConfirmationResult.Accepted, plan.Rows[1].Result);
        Assert.Equal(YearMonth.Of(2026, 2), Assert.Single(plan.Changes).After.FundedFrom);
    }

    [Fact]
    public void A_NIK_repeated_with_other_content_is_applied_nowhere_and_an_identical_repeat_counts_once()
    {
        var plan = Decide("""
            NIK;STATUS;KETERANGAN
            1223014503800001;DITERIMA;
            1223014503800001;DITOLAK;data ganda
            1223011203800001;DITOLAK;NIK salah
            1223011203800001;DITOLAK;NIK salah
            """);

        Assert.Equal([ConfirmationResult.Invalid, ConfirmationResult.Invalid, ConfirmationResult.Refused, ConfirmationResult.Unchanged], plan.Rows.Select(r => r.Result));
        Assert.Contains("baris 3", plan.Rows[0].Note);
        Assert.Equal("P000000000002", Assert.Single(plan.Changes).After.PersonId);
    }

    [Fact]
    public void A_missing_date_is_the_release_month_and_a_missing_KPJ_is_said()
    {
        var row = Assert.Single(Decide("NIK;STATUS\n1223014503800001;ya\n").Rows);
        Assert.Equal(ConfirmationResult.Accepted, row.Result);
        Assert.Equal(["CONFIRM_DATE_MISSING", "CONFIRM_KPJ_MISSING"], row.Issues.Select(i => i.Code));
        Assert.Contains("Januari 2026", row.Issues[0].Message);
    }

    [Fact]
    public void Refusing_a_funded_person_is_a_conflict_not_applied()
    {
        _members[Siti] = Funded("P000000000001");
        var row = Assert.Single(Decide("NIK;STATUS\n1223014503800001;DITOLAK\n").Rows);
        Assert.Equal((ConfirmationResult.Conflict, "CONFIRM_CONFLICT"), (row.Result, row.Issues[0].Code));
        Assert.Contains("sudah dikonfirmasi", row.Note);
    }

    [Theory]
    [InlineData("NIK;KPJ;TANGGAL EFEKTIF\n1223014503800001;1;2026-02\n", "CONFIRM_NO_STATUS_COLUMN")]
    [InlineData("NO;STATUS;KETERANGAN\n1;DITERIMA;x\n", "CONFIRM_NO_NIK_COLUMN")]
    public void A_file_without_the_NIK_or_the_status_column_is_refused_whole(string csv, string code)
    {
        using var sheet = SpreadsheetReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "k.csv", HeaderVocabulary.Confirmation);
        Assert.Equal(code, Assert.Throws<FileRejectedException>(() => ConfirmationRow.Read(sheet).ToList()).Problem.Code);
    }

    [Theory]
    [InlineData("2026-03")]
    [InlineData("03-2026")]
    [InlineData("03/2026")]
    [InlineData("Maret 2026")]
    [InlineData("15-03-2026")]
    [InlineData("2026-03-15")]
    public void The_effective_date_is_read_in_the_usual_forms(string written)
    {
        Assert.True(ConfirmationDecider.TryMonth(written, Today, out var month));
        Assert.Equal(YearMonth.Of(2026, 3), month);
    }

    /// <summary>
    /// One KPJ for two people (another's, or two rows of the file) or a KPJ that is not one (two numbers in one cell) made
    /// every later bill unreconcilable: the person is funded, without that KPJ, and the row says why.
    /// </summary>
    [Fact]
    public void A_KPJ_that_is_not_one_or_that_someone_else_holds_is_not_recorded_and_the_person_is_funded_without_it()
    {
        _members[Rina] = Submitted("P000000000003");
        var holder = Funded("P000000000009");
        var plan = DecideWithKpjs("""
            NIK;KPJ;STATUS;TANGGAL EFEKTIF
            1223014503800001;25099999999;DITERIMA;01-02-2026
            1223011203800001;25011111111 / 25022222222;DITERIMA;01-02-2026
            1223015508920004;2501234;DITERIMA;01-02-2026
            """, holder);

        Assert.Equal([ConfirmationResult.Accepted, ConfirmationResult.Accepted, ConfirmationResult.Accepted], plan.Rows.Select(r => r.Result));
        Assert.All(plan.Changes, c => Assert.Equal((CohortState.Funded, null), (c.After.State, c.After.Kpj)));
        Assert.Equal(["CONFIRM_KPJ_TAKEN", "CONFIRM_KPJ_INVALID", "CONFIRM_KPJ_INVALID"], plan.Rows.Select(r => Assert.Single(r.Issues).Code));
        Assert.Contains("25011111111 / 25022222222", plan.Rows[1].Issues[0].Message, StringComparison.Ordinal);

        // Two rows of one file giving one KPJ to two people: the first keeps it.
        _members.Remove(Rina);
        var twice = DecideWithKpjs("""
            NIK;KPJ;STATUS;TANGGAL EFEKTIF
            1223014503800001;25055555555;DITERIMA;01-02-2026
            1223011203800001;25055555555;DITERIMA;01-02-2026
            """, holder);
        Assert.Equal(["25055555555", null], twice.Changes.Select(c => c.After.Kpj));
        Assert.Equal("CONFIRM_KPJ_TAKEN", Assert.Single(twice.Rows[1].Issues).Code);

        // The holder's own KPJ confirmed again for the holder is no conflict.
        _members[Siti] = holder;
        var own = DecideWithKpjs("NIK;KPJ;STATUS;TANGGAL EFEKTIF\n1223014503800001;25099999999;DITERIMA;01-02-2026\n", holder);
        Assert.Equal(ConfirmationResult.Unchanged, Assert.Single(own.Rows).Result);
    }

    private ConfirmationPlan DecideWithKpjs(string csv, CohortMember holder)
    {
        using var sheet = SpreadsheetReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(csv.Replace("\r", ""))), "konfirmasi.csv", HeaderVocabulary.Confirmation);
        return ConfirmationDecider.Decide(ConfirmationRow.Read(sheet).ToList(), nik => _members.GetValueOrDefault(nik), kpj => kpj == holder.Kpj ? holder : null, [11],
            "konfirmasi.csv", Andi, At, Today);
    }

    private ConfirmationPlan Decide(string csv)
    {
        using var sheet = SpreadsheetReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(csv.Replace("\r", ""))), "konfirmasi.csv", HeaderVocabulary.Confirmation);
        return ConfirmationDecider.Decide(ConfirmationRow.Read(sheet).ToList(), nik => _members.GetValueOrDefault(nik), "konfirmasi.csv", Andi, At, Today);
    }
}
