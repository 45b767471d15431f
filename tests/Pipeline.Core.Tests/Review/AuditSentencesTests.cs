using Pipeline.Core.Review;

namespace Pipeline.Core.Tests.Review;

public sealed class AuditSentencesTests
{
    [Fact]
    public void A_same_decision_reads_as_who_decided_whom_the_same_as_whom_and_why()
    {
        var sentence = AuditSentences.Decision("Rina", DecisionKind.Same, ["BUDI SIREGAR (Sukarame baris 4)", "BUDI SIREGAR (Aek Kanopan baris 4)"],
            ["peserta BPJS KPJ 25012345678 (BUDI SIREGAR)"], [], "SAME_TYPO: NIK salah ketik, sesuai KK");

        Assert.Equal(
            "Rina memutuskan BUDI SIREGAR (Sukarame baris 4) sama dengan BUDI SIREGAR (Aek Kanopan baris 4), dan berbeda dari peserta BPJS KPJ 25012345678 (BUDI SIREGAR)."
            + " Alasan: Salah ketik NIK atau tanggal lahir. Catatan: NIK salah ketik, sesuai KK.",
            sentence);
    }

    [Theory]
    [InlineData(DecisionKind.Different, "Rina memutuskan A, B dan C adalah orang yang berbeda. Alasan: Nama sama, orang berbeda.")]
    [InlineData(DecisionKind.Reject, "Rina menolak data A. Alasan: Nama sama, orang berbeda.")]
    public void Different_and_reject_read_plainly(DecisionKind kind, string expected)
    {
        var sentence = kind == DecisionKind.Different
            ? AuditSentences.Decision("Rina", kind, [], ["A", "B", "C"], [], "DIFFERENT_NAMESAKE")
            : AuditSentences.Decision("Rina", kind, [], [], ["A"], "DIFFERENT_NAMESAKE");

        Assert.Equal(expected, sentence);
    }

    [Fact]
    public void A_repeat_says_nothing_changed() =>
        Assert.Equal("Dewi mengulang keputusan \"Orang yang sama\" untuk A; tidak ada yang berubah.", AuditSentences.Repeat("Dewi", DecisionKind.Same, "A", null));
}
