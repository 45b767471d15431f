using Pipeline.Core.Budget;
using Pipeline.Core.Cohort;
using Pipeline.Core.Model;
using static Pipeline.Core.Tests.Cohort.CohortTestData;

namespace Pipeline.Core.Tests.Cohort;

/// <summary>Every transition of a cohort member: what it changes, when it changes nothing, and when it is refused.</summary>
public sealed class CohortMemberTests
{
    [Fact]
    public void A_listed_person_is_proposed_as_a_candidate_with_the_listing_and_an_actor()
    {
        var change = CohortMember.Propose(Listing(kind: RecordStatus.Reactivate, kpj: "25011111111"), CohortActor.Ingest, At, "tercantum");

        Assert.Null(change.Before);
        Assert.Equal("cohort.propose", change.Action);
        var m = change.After;
        Assert.Equal((CohortState.Candidate, RecordStatus.Reactivate, "25011111111", "NON AKTIF", "up:0000004"), (m.State, m.Kind, m.Kpj, m.RegisterStatus, m.ListingId));
        Assert.Equal(("system:ingest", At), (m.ChangedBy, m.ChangedAt));
        Assert.Equal(Listing(kind: RecordStatus.Reactivate, kpj: "25011111111").Key, m.ListingKey);
    }

    [Fact]
    public void A_candidate_takes_a_changed_listing_and_ignores_the_same_one()
    {
        var candidate = Candidate();
        Assert.True(candidate.TakeListing(Listing(), Andi, At, "x").IsUnchanged);

        var changed = candidate.TakeListing(Listing(phone: "+6289999999999"), CohortActor.Ingest, At, "x").Change!;

        Assert.Equal(("cohort.update", "+6289999999999", CohortState.Candidate), (changed.Action, changed.After.Details!.Phone, changed.After.State));
    }

    [Fact]
    public void A_withdrawn_person_listed_again_is_a_candidate_again_and_nothing_else_is_moved_by_a_listing()
    {
        var withdrawn = Candidate().Withdraw(CohortActor.Ingest, At, "dihapus").Change!.After;
        Assert.Equal(CohortState.Withdrawn, withdrawn.State);
        Assert.Equal("cohort.relist", withdrawn.TakeListing(Listing(), CohortActor.Ingest, At, "lagi").Change!.Action);

        Assert.True(Submitted().TakeListing(Listing(phone: "+628111"), CohortActor.Ingest, At, "x").IsUnchanged);
        Assert.True(Funded().TakeListing(Listing(phone: "+628111"), CohortActor.Ingest, At, "x").IsUnchanged);
        Assert.True(Submitted().Withdraw(CohortActor.Ingest, At, "dihapus").IsUnchanged);
    }

    [Fact]
    public void Submit_moves_a_candidate_once_and_refuses_anyone_else_with_the_reason()
    {
        var submitted = Submitted();
        Assert.Equal((CohortState.Submitted, "20260110-0900-ab12", new DateOnly(2026, 1, 10)), (submitted.State, submitted.ExportId, submitted.SubmittedOn));
        Assert.True(submitted.Submit("20260110-0900-ab12", new DateOnly(2026, 1, 10), Andi, At).IsUnchanged);

        var twice = submitted.Submit("20260111-1000-cd34", new DateOnly(2026, 1, 11), Andi, At);

        Assert.Null(twice.Change);
        Assert.Contains("20260110-0900-ab12", twice.Refusal);
        Assert.NotNull(Candidate().Withdraw(Andi, At, "x").Change!.After.Submit("x", default, Andi, At).Refusal);
    }

    [Fact]
    public void Confirm_funds_a_submitted_person_from_a_month_with_the_KPJ_and_a_replay_changes_nothing()
    {
        var change = Submitted().Confirm("25099999999", February, "konfirmasi-jan.csv", Andi, At).Change!;

        Assert.Equal(("cohort.confirm", CohortState.Funded, "25099999999", February, "konfirmasi-jan.csv"),
            (change.Action, change.After.State, change.After.Kpj, change.After.FundedFrom, change.After.ConfirmedBy));
        Assert.True(change.After.Confirm("25099999999", February, "konfirmasi-jan.csv", Andi, At).IsUnchanged);
        Assert.True(change.After.Confirm(null, February, "daftar peserta BPJS", CohortActor.Register, At).IsUnchanged);
        Assert.Contains("sudah dikonfirmasi", change.After.Confirm("25099999999", February.Next, "lain.csv", Andi, At).Refusal);
        Assert.NotNull(Candidate().Confirm("1", February, "x", Andi, At).Refusal);
    }

    [Fact]
    public void A_reactivation_confirmed_without_a_KPJ_keeps_the_one_it_was_proposed_with()
    {
        var funded = Submitted(kind: RecordStatus.Reactivate, kpj: "25011111111").Confirm(" ", February, "x", Andi, At).Change!.After;
        Assert.Equal("25011111111", funded.Kpj);
    }

    [Fact]
    public void Refuse_records_BPJS_reason_and_never_overrides_a_confirmation()
    {
        var refused = Submitted().Refuse("NIK tidak terdaftar di Dukcapil", "konfirmasi.csv", Andi, At).Change!.After;

        Assert.Equal((CohortState.Refused, "NIK tidak terdaftar di Dukcapil"), (refused.State, refused.Refusal));
        Assert.True(refused.Refuse("NIK tidak terdaftar di Dukcapil", "konfirmasi.csv", Andi, At).IsUnchanged);
        Assert.NotNull(refused.Refuse("lain", "x", Andi, At).Refusal);
        Assert.NotNull(refused.Confirm("1", February, "x", Andi, At).Refusal);
        Assert.Contains("sudah dikonfirmasi", Funded().Refuse("x", "y", Andi, At).Refusal);
        Assert.Equal("tanpa keterangan", Submitted().Refuse("  ", "x", Andi, At).Change!.After.Refusal);
    }

    [Fact]
    public void End_stops_a_funded_person_from_a_month_with_a_reason_and_the_approver_and_clears_a_flag()
    {
        var flagged = Funded().Raise(CohortFlag.MissingFromList, "tidak lagi tercantum", CohortActor.Ingest, At).Change!.After;

        var ended = flagged.End(YearMonth.Of(2026, 5), CohortEndReason.Died, "akta kematian", Andi, At).Change!;

        Assert.Equal(("cohort.end", CohortState.Ended, YearMonth.Of(2026, 5), CohortEndReason.Died, "oid-andi", CohortFlag.None),
            (ended.Action, ended.After.State, ended.After.EndedFrom, ended.After.EndReason, ended.After.EndedBy, ended.After.Flag));
        Assert.Contains("meninggal", ended.Why);
        Assert.True(ended.After.End(YearMonth.Of(2026, 5), CohortEndReason.Died, null, Andi, At).IsUnchanged);
        Assert.NotNull(ended.After.End(YearMonth.Of(2026, 6), CohortEndReason.Moved, null, Andi, At).Refusal);
        Assert.Contains("sebelum bulan mulai", Funded().End(YearMonth.Of(2026, 1), CohortEndReason.Moved, null, Andi, At).Refusal);
        Assert.NotNull(Submitted().End(February, CohortEndReason.Moved, null, Andi, At).Refusal);
    }

    [Fact]
    public void The_stop_list_is_recorded_once_per_end()
    {
        var ended = Funded().End(YearMonth.Of(2026, 5), CohortEndReason.Moved, null, Andi, At).Change!.After;
        var sent = ended.SendStop("stop-1", Andi, At).Change!.After;
        Assert.Equal("stop-1", sent.StopExportId);
        Assert.True(sent.SendStop("stop-1", Andi, At).IsUnchanged);
        Assert.NotNull(sent.SendStop("stop-2", Andi, At).Refusal);
        Assert.NotNull(Funded().SendStop("stop-1", Andi, At).Refusal);
    }

    [Fact]
    public void Flags_ask_about_submitted_and_funded_people_only_and_clear()
    {
        var flagged = Funded().Raise(CohortFlag.MissingFromList, "tidak tercantum", CohortActor.Ingest, At);
        Assert.Equal("cohort.flag", flagged.Change!.Action);
        Assert.True(flagged.Change.After.Raise(CohortFlag.MissingFromList, "tidak tercantum", CohortActor.Ingest, At).IsUnchanged);
        Assert.Equal(CohortFlag.None, flagged.Change.After.Clear(Andi, At, "masih layak").Change!.After.Flag);
        Assert.True(Candidate().Raise(CohortFlag.MissingFromList, "x", Andi, At).IsUnchanged);
        Assert.True(Funded().Clear(Andi, At, "x").IsUnchanged);
    }

    [Fact]
    public void Only_an_approver_brings_a_refused_or_ended_person_back_and_the_old_facts_go()
    {
        var refused = Submitted().Refuse("NIK salah", "x", Andi, At).Change!.After;

        var again = refused.Repropose(Andi, At, "NIK sudah diperbaiki").Change!.After;

        Assert.Equal((CohortState.Candidate, null, null, null), (again.State, again.ExportId, again.Refusal, again.FundedFrom));
        Assert.NotNull(again.Details);
        Assert.NotNull(Funded().Repropose(Andi, At, "x").Refusal);
        Assert.NotNull(Candidate().Repropose(Andi, At, "x").Refusal);
    }

    [Fact]
    public void The_funded_period_is_offered_for_confirmed_people_only()
    {
        Assert.Null(Submitted().ToFundedPeriod());
        var funded = Funded().ToFundedPeriod()!;
        Assert.Equal(("1223014503800001", "25099999999", February, null), (funded.Nik, funded.Kpj, funded.FundedFrom, funded.EndedFrom));
        var ended = Funded().End(YearMonth.Of(2026, 5), CohortEndReason.Age, null, CohortActor.AgeRule, At).Change!.After.ToFundedPeriod()!;
        Assert.Equal((YearMonth.Of(2026, 5), "melewati batas usia"), (ended.EndedFrom, ended.EndReason));
        Assert.True(ended.IsFundedIn(YearMonth.Of(2026, 4)) && !ended.IsFundedIn(YearMonth.Of(2026, 5)));
    }
}
