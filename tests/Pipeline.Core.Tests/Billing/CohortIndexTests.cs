using Pipeline.Core.Budget;
using Pipeline.Core.Cohort;
using static Pipeline.Core.Tests.Billing.BillTestData;

namespace Pipeline.Core.Tests.Billing;

public class CohortIndexTests
{
    [Fact]
    public void Gives_back_every_person_as_given_and_finds_them_by_KPJ_and_NIK()
    {
        FundedPeriod[] people =
        [
            Person(1, "2026-11"),
            Person(2, "2026-12", "2027-02", "meninggal"),
            Person(3, "2027-01", withKpj: false) with { KecamatanCode = null, DesaCode = null, Name = "SITI AISYAH Ñ SIREGAR" },
            Person(4, "2026-01") with { PersonId = "orang-4" },
        ];

        var index = CohortIndex.Build(people);

        Assert.Equal(4, index.Count);
        for (var slot = 0; slot < people.Length; slot++)
        {
            Assert.Equal(people[slot], index[slot]);
            Assert.Equal(slot, index.FindByNik(people[slot].Nik));
        }

        Assert.Equal(1, index.FindByKpj(Kpj(2)));
        Assert.Equal(-1, index.FindByKpj(Kpj(3)));
        Assert.Equal(-1, index.FindByKpj(Kpj(99)));
        Assert.Equal(-1, index.FindByNik(Nik(99)));
        Assert.Equal(-1, index.FindByNik(null));
        Assert.Equal(-1, index.FindByKpj("not-a-kpj"));
    }

    [Fact]
    public void Knows_the_months_each_person_is_funded_in()
    {
        var index = CohortIndex.Build([Person(1, "2026-11"), Person(2, "2026-12", "2027-02", "pindah"), Person(3, "2027-03")]);
        var january = YearMonth.Of(2027, 1);
        var february = YearMonth.Of(2027, 2);

        Assert.True(index.IsFundedIn(0, january));
        Assert.False(index.IsFundedIn(0, YearMonth.Of(2026, 10)));
        Assert.True(index.IsFundedIn(1, january));
        Assert.False(index.IsFundedIn(1, february));
        Assert.False(index.IsFundedIn(2, february));
        Assert.Equal(2, index.CountFundedIn(january));
        Assert.Equal(1, index.CountFundedIn(february));
        Assert.Equal(2, index.CountFundedIn(YearMonth.Of(2027, 3)));

        index.Months(1, MonthRange.Quarter(2027, 1), out var funded, out var ended);
        Assert.Equal(0b001u, funded);
        Assert.Equal(0b110u, ended);
        index.Months(2, MonthRange.Quarter(2027, 1), out funded, out ended);
        Assert.Equal(0b100u, funded);
        Assert.Equal(0u, ended);
    }

    [Fact]
    public void Refuses_two_records_for_one_NIK_or_one_KPJ_naming_person_ids_only()
    {
        var sameNik = Assert.Throws<CohortIndexException>(() => CohortIndex.Build([Person(1, "2027-01"), Person(2, "2027-01") with { Nik = Nik(1) }]));
        Assert.Contains("P000000000001", sameNik.Message);
        Assert.Contains("P000000000002", sameNik.Message);
        Assert.DoesNotContain(Nik(1), sameNik.Message);

        Assert.Equal(("NIK", true), (sameNik.Identifier, sameNik.IsShared));
        Assert.Equal(["P000000000001", "P000000000002"], sameNik.PersonIds);

        var sameKpj = Assert.Throws<CohortIndexException>(() => CohortIndex.Build([Person(1, "2027-01"), Person(2, "2027-01") with { Kpj = Kpj(1) }]));
        Assert.Contains("KPJ", sameKpj.Message);
        Assert.Equal(("KPJ", true), (sameKpj.Identifier, sameKpj.IsShared));
        var notDigits = Assert.Throws<CohortIndexException>(() => CohortIndex.Build([Person(1, "2027-01") with { Nik = "1223-ABC" }]));
        Assert.Equal(("NIK", false, "P000000000001"), (notDigits.Identifier, notDigits.IsShared, Assert.Single(notDigits.PersonIds)));
        Assert.DoesNotContain("1223-ABC", notDigits.Message);

        // A KPJ too long to be one (two KPJ written into one cell of a confirmation): its person, not the whole bill, is named.
        var longKpj = Assert.Throws<CohortIndexException>(() => CohortIndex.Build([Person(1, "2027-01") with { Kpj = "2501111111125022222222" }]));
        Assert.Equal(("KPJ", false), (longKpj.Identifier, longKpj.IsShared));
    }
}
