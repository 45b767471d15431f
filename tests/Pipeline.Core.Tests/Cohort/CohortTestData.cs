using Pipeline.Core.Budget;
using Pipeline.Core.Cohort;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Cohort;

internal static class CohortTestData
{
    public static readonly DateTimeOffset At = new(2026, 1, 10, 3, 0, 0, TimeSpan.Zero);
    public static readonly CohortActor Andi = new("oid-andi", "Andi");
    public static readonly YearMonth February = YearMonth.Of(2026, 2);

    public static CohortDetails Details(string nik = "1223014503800001", string phone = "+6281234567890") =>
        new(nik, "SITI AMINAH HARAHAP", "SITI AMINAH HARAHAP", "Aek Kanopan", new DateOnly(1980, 3, 5), Sex.P, "Dusun II", "1223011001", "122301", phone, "petani", null);

    public static CohortListing Listing(string personId = "P000000000001", RecordStatus kind = RecordStatus.New, string? kpj = null, string phone = "+6281234567890") =>
        new(personId, "up:0000004", kind, kpj, kpj is null ? null : "NON AKTIF", Details(phone: phone));

    public static CohortMember Candidate(string personId = "P000000000001", RecordStatus kind = RecordStatus.New, string? kpj = null) =>
        CohortMember.Propose(Listing(personId, kind, kpj), CohortActor.Ingest, At, "test").After;

    public static CohortMember Submitted(string personId = "P000000000001", RecordStatus kind = RecordStatus.New, string? kpj = null) =>
        Candidate(personId, kind, kpj).Submit("20260110-0900-ab12", new DateOnly(2026, 1, 10), Andi, At).Change!.After;

    public static CohortMember Funded(string personId = "P000000000001") =>
        Submitted(personId).Confirm("25099999999", February, "konfirmasi.csv", Andi, At).Change!.After;
}
