using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using static Pipeline.Core.Tests.Matching.MatchTestData;

namespace Pipeline.Core.Tests.Matching;

public class WorkerPairScorerTests
{
    private readonly WorkerPairScorer _scorer = new(new MatchOptions());

    public static TheoryData<string, MatchFields, MatchFields, MatchOutcome> Pairs => new()
    {
        { "identical row", Fields("1223014503800001", "Siti Aminah Harahap", "1980-03-05"), Fields("1223014503800001", "Siti Aminah Harahap", "1980-03-05"), MatchOutcome.Match },
        { "moved to a neighbouring desa", Fields("1223014503800001", "Siti Aminah Harahap", "1980-03-05"), Fields("1223014503800001", "Siti Aminah Harahap", "1980-03-05", desa: DesaOtherSameKecamatan), MatchOutcome.Match },
        { "Muhammad written M.", Fields("1223010107750002", "Muhammad Yusuf Lubis", "1975-07-01", Sex.L), Fields("1223010107750002", "M. Yusuf Lubis", "1975-07-01", Sex.L), MatchOutcome.Match },
        { "Muhammad written Mhd, no NIK", Fields(null, "Muhammad Yusuf Lubis", "1975-07-01", Sex.L, phone: "+6281234567890"), Fields("1223010107750002", "Mhd Yusuf Lubis", "1975-07-01", Sex.L, phone: "+6281234567890"), MatchOutcome.Match },
        { "clan name dropped", Fields("1223014503800001", "Siti Aminah Harahap", "1980-03-05"), Fields("1223014503800001", "Siti Aminah", "1980-03-05"), MatchOutcome.Match },
        { "clan name abbreviated", Fields("1223014503800001", "Siti Aminah Harahap", "1980-03-05"), Fields("1223014503800001", "Siti Aminah Hrp", "1980-03-05"), MatchOutcome.Match },
        { "clan dropped, no NIK on one side", Fields(null, "Sri Wahyuni", "1988-11-20"), Fields("1223016011880003", "Sri Wahyuni Siregar", "1988-11-20"), MatchOutcome.Match },
        { "NIK one-digit typo in birth-date part", Fields("1223014503800001", "Siti Aminah Harahap", "1980-03-05"), Fields("1223014508800001", "Siti Aminah Harahap", "1980-03-05"), MatchOutcome.Match },
        { "NIK adjacent digits swapped", Fields("1223014503800001", "Siti Aminah Harahap", "1980-03-05"), Fields("1223014503800010", "Siti Aminah Harahap", "1980-03-05"), MatchOutcome.Match },
        { "day and month swapped", Fields("1223010503800001", "Zulkifli Nasution", "1980-03-05", Sex.L), Fields("1223010503800001", "Zulkifli Nasution", "1980-05-03", Sex.L), MatchOutcome.Match },
        { "name typo and NIK typo together", Fields("1223010503800001", "Zulkifli Nasution", "1980-03-05", Sex.L), Fields("1223010503900001", "Zulkifly Nasution", "1980-03-05", Sex.L), MatchOutcome.Match },
        { "siblings: same birth date and surname, other given name and NIK", Fields("1223011204900002", "Andi Siregar", "1990-04-12", Sex.L), Fields("1223011204900005", "Budi Siregar", "1990-04-12", Sex.L), MatchOutcome.NonMatch },
        { "twins: consecutive NIK serials, same desa", Fields("1223011204900001", "Hasan Lubis", "1990-04-12", Sex.L), Fields("1223011204900002", "Husein Lubis", "1990-04-12", Sex.L), MatchOutcome.NonMatch },
        { "twin sisters with similar names", Fields("1223015204900001", "Rina Panjaitan", "1990-04-12"), Fields("1223015204900002", "Rani Panjaitan", "1990-04-12"), MatchOutcome.NonMatch },
        { "husband and wife sharing a phone", Fields("1223010101700001", "Rahmat Hasibuan", "1970-01-01", Sex.L, phone: "+6281370001111"), Fields("1223014203750001", "Siti Fatimah", "1975-03-02", Sex.P, phone: "+6281370001111"), MatchOutcome.NonMatch },
        { "namesakes in other kecamatan, different NIK", Fields("1223010101700001", "Sugeng", "1970-01-01", Sex.L, desa: DesaOtherKecamatan), Fields("1223050101700001", "Sugeng", "1970-01-01", Sex.L), MatchOutcome.PossibleMatch },
        { "only a first name in common", Fields(null, "Siti", "1980-03-05"), Fields("1223014503800001", "Siti Aminah", "1980-03-05"), MatchOutcome.PossibleMatch },
        { "same NIK, same birth date, other name", Fields("1223014503800001", "Siti Aminah", "1980-03-05"), Fields("1223014503800001", "Butet", "1980-03-05"), MatchOutcome.PossibleMatch },
        { "namesakes in one desa: same name and birth year, unrelated NIKs", Fields("1223015908040001", "Sri Wahyuni", "2004-08-19"), Fields("1223016203040002", "Sri Wahyuni", "2004-03-22"), MatchOutcome.NonMatch },
        { "namesakes whose NIKs differ only where their birth dates do", Fields("1223015701960001", "Tukiyem", "1996-01-17"), Fields("1223015702960001", "Tukiyem", "1996-02-17"), MatchOutcome.NonMatch },
        { "everything but the NIK agrees: a mistyped NIK, the same person", Fields("1223015908040001", "Sri Wahyuni Siregar", "2004-08-19"), Fields("1223025908040007", "Sri Wahyuni Siregar", "2004-08-19"), MatchOutcome.Match },
        { "namesakes born the same day: NIK serials one apart go to review", Fields("1223015709930001", "Sri Wahyuni", "1993-09-17"), Fields("1223015709930002", "Sri Wahyuni", "1993-09-17"), MatchOutcome.PossibleMatch },
        { "unrelated people", Fields("1223010101700001", "Rahmat Hasibuan", "1970-01-01", Sex.L), Fields("1223085507920003", "Dewi Lestari", "1992-07-15", desa: DesaOtherKecamatan), MatchOutcome.NonMatch },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Outcome(string because, MatchFields a, MatchFields b, MatchOutcome expected)
    {
        var pair = _scorer.Score(a, b);
        Assert.True(expected == pair.Outcome, $"{because}: expected {expected}, got {pair.Outcome} ({pair.Score:0.0}: {pair.Explanation})");
        Assert.Equal(pair.Score, _scorer.Score(b, a).Score, 6);
    }

    [Theory]
    [InlineData("SOEKARNO HARAHAP", "SUKARNO HARAHAP", "SUKARNO HARAHAP")]
    [InlineData("DJOKO SOETRISNO", "JOKO SUTRISNO", "JOKO SUTRISNO")]
    [InlineData("TJUT NJAK DHIEN", "CUT NYAK DHIEN", "CUT NYAK DHIEN")]
    [InlineData("MOEHAMMAD JOESOEF", "MUHAMMAD YUSUF", "MUHAMMAD YUSUF")]
    [InlineData("MOCH. YUSUF", "MUHAMMAD YUSUF", "MUHAMMAD YUSUF")]
    public void Old_spellings_match_through_the_folded_name_key(string oldName, string foldedKey, string modernName)
    {
        var old = new MatchFields(null, oldName, foldedKey, new DateOnly(1960, 8, 17), Sex.L, DesaAekKanopan, null);
        var modern = new MatchFields("1223011708600001", modernName, Key(modernName), new DateOnly(1960, 8, 17), Sex.L, DesaAekKanopan, null);
        var pair = _scorer.Score(old, modern);
        Assert.Equal(MatchOutcome.Match, pair.Outcome);
        Assert.StartsWith("nama sama;", pair.Explanation);
    }

    public static TheoryData<string, MatchFields, MatchFields, MatchOutcome, bool> IdenticalNiks => new()
    {
        { "other name, other birth date", Fields("1223014503800001", "Siti Aminah Harahap", "1980-03-05"), Fields("1223014503800001", "Rahmat Hasibuan", "1962-11-30", Sex.L), MatchOutcome.PossibleMatch, true },
        { "other name, same birth date", Fields("1223014503800001", "Siti Aminah", "1980-03-05"), Fields("1223014503800001", "Butet", "1980-03-05"), MatchOutcome.PossibleMatch, true },
        { "other name, no birth date", Fields("1223014503800001", "Siti Aminah Harahap", "1980-03-05"), Fields("1223014503800001", "Butet Simanjuntak", null), MatchOutcome.PossibleMatch, true },
        { "other given name, same clan name", Fields("1223011204900002", "Andi Siregar", "1990-04-12", Sex.L), Fields("1223011204900002", "Budi Siregar", "1990-04-12", Sex.L), MatchOutcome.PossibleMatch, true },
        { "same name, birth date in another year", Fields("1223016011880003", "Sri Wahyuni Siregar", "1988-11-20"), Fields("1223016011880003", "Sri Wahyuni Siregar", "1991-02-14"), MatchOutcome.PossibleMatch, true },
        { "same name, another day of the same year", Fields("1223016011880003", "Sri Wahyuni Siregar", "1988-11-20"), Fields("1223016011880003", "Sri Wahyuni Siregar", "1988-04-02"), MatchOutcome.PossibleMatch, true },
        { "one common word, no birth date", Fields("1223014503800001", "Siti Aminah Harahap", "1980-03-05"), Fields("1223014503800001", "Siti", null), MatchOutcome.PossibleMatch, false },
        { "one common word, same birth date typed", Fields("1223014503800001", "Siti Aminah Harahap", "1980-03-05"), Fields("1223014503800001", "Siti", "1980-03-05"), MatchOutcome.Match, false },
        { "name typo, no birth date", Fields("1223010503800001", "Zulkifli Nasution", "1980-03-05", Sex.L), Fields("1223010503800001", "Zulkifly Nasution", null, Sex.L), MatchOutcome.Match, false },
        { "name typo, birth date one digit off", Fields("1223010503800001", "Zulkifli Nasution", "1980-03-05", Sex.L), Fields("1223010503800001", "Zulkifly Nasution", "1980-03-06", Sex.L), MatchOutcome.Match, false },
        { "clan name dropped, day and month swapped", Fields("1223016011880003", "Sri Wahyuni Siregar", "1988-11-10"), Fields("1223016011880003", "Sri Wahyuni", "1988-10-11"), MatchOutcome.Match, false },
        { "same name, day digits swapped: two digits differ, so clearly different", Fields("1223016011880003", "Sri Wahyuni Siregar", "1988-11-20"), Fields("1223016011880003", "Sri Wahyuni Siregar", "1988-11-02"), MatchOutcome.PossibleMatch, true },
    };

    [Theory]
    [MemberData(nameof(IdenticalNiks))]
    public void An_identical_NIK_merges_only_when_the_name_backs_it_and_the_birth_dates_do_not_clearly_differ(
        string because, MatchFields a, MatchFields b, MatchOutcome expected, bool sharedNik)
    {
        var pair = _scorer.Score(a, b);
        Assert.True(expected == pair.Outcome && sharedNik == pair.SharedNik,
            $"{because}: expected {expected}/{sharedNik}, got {pair.Outcome}/{pair.SharedNik} ({pair.Score:0.0}: {pair.Explanation})");
        Assert.Equal((pair.Outcome, pair.SharedNik), (_scorer.Score(b, a).Outcome, _scorer.Score(b, a).SharedNik));
    }

    [Theory]
    [InlineData("Butet Simanjuntak", NikCorroboration.Conflict)]
    [InlineData("Siti", NikCorroboration.Weak)]
    [InlineData("Siti Aminah", NikCorroboration.Corroborated)]
    public void A_birth_date_taken_from_the_NIK_does_not_back_the_NIK_up(string name, NikCorroboration expected)
    {
        var nameLevel = (int)NameComparison.Compare(NameComparison.Tokenize("SITI AMINAH HARAHAP"), NameComparison.Tokenize(name)).Level;
        Assert.Equal(expected, NikCorroborationRule.Judge(nameLevel, (int)DateAgreement.Exact, dateFromNik: true));
        Assert.Equal(expected == NikCorroboration.Weak ? NikCorroboration.Corroborated : expected,
            NikCorroborationRule.Judge(nameLevel, (int)DateAgreement.Exact, dateFromNik: false));
        Assert.Equal(NikCorroboration.Conflict, NikCorroborationRule.Judge(-1, (int)DateAgreement.Exact, dateFromNik: false));
    }

    [Fact]
    public void Shared_NIK_on_a_clearly_different_person_is_flagged_for_review()
    {
        var pair = _scorer.Score(
            Fields("1223014503800001", "Siti Aminah Harahap", "1980-03-05"),
            Fields("1223014503800001", "Rahmat Hasibuan", "1962-11-30", Sex.L));
        Assert.True(pair.SharedNik);
        Assert.Equal(MatchOutcome.PossibleMatch, pair.Outcome);
    }

    [Theory]
    [InlineData("Siti Aminah Harahap", "1980-03-05", DesaAekKanopan, "NIK sama; nama sama; tanggal lahir sama; jenis kelamin sama; desa sama")]
    [InlineData("Siti Amina Harahap", "1980-03-05", DesaOtherKecamatan, "NIK sama; nama mirip; tanggal lahir sama; jenis kelamin sama; desa berbeda")]
    [InlineData("Siti Aminah", "1980-05-03", DesaOtherSameKecamatan, "NIK sama; nama sebagian sama atau disingkat; tanggal dan bulan lahir tertukar; jenis kelamin sama; desa berbeda, kecamatan sama")]
    public void Explanation_names_each_field_in_Indonesian(string name, string birth, string desa, string expected)
    {
        var pair = _scorer.Score(
            Fields("1223014503800001", "Siti Aminah Harahap", "1980-03-05"),
            Fields("1223014503800001", name, birth, desa: desa));
        Assert.Equal(expected, pair.Explanation);
    }

    [Fact]
    public void Missing_fields_add_nothing_to_the_score()
    {
        var full = _scorer.Score(Fields(null, "Siti Aminah Harahap", "1980-03-05", null, null), Fields(null, "Siti Aminah Harahap", "1980-03-05", null, null));
        var dateOnly = _scorer.Score(Fields(null, "Siti Aminah Harahap", "1980-03-05", null, null), Fields(null, "Siti Aminah Harahap", null, null, null));
        Assert.Equal("nama sama; tanggal lahir sama", full.Explanation);
        Assert.Equal("nama sama", dateOnly.Explanation);
        Assert.True(full.Score > dateOnly.Score);
    }
}
