using Pipeline.Core.Billing;

namespace Pipeline.Core.Tests.Billing;

/// <summary>Recording the payment of a reconciled bill: once, positive, not in the future; a different amount noted.</summary>
public class BillPaymentTests
{
    private static readonly DateOnly Today = new(2027, 2, 10);
    private static readonly DateTimeOffset Now = new(2027, 2, 10, 3, 0, 0, TimeSpan.Zero);

    private static BillPayment Paid(decimal amount, DateOnly? on = null) => new(on ?? new DateOnly(2027, 2, 9), amount, "oid-bayu", "Bayu", Now);

    [Fact]
    public void The_amount_to_pay_is_recorded_without_a_note()
    {
        var decision = BillPayment.Decide(null, 50_400m, Paid(50_400m), Today);

        Assert.Equal((true, 50_400m, null, null), (decision.Changed, decision.Payment!.Amount, decision.Note, decision.RefusalCode));
    }

    [Fact]
    public void Another_amount_is_recorded_with_a_note_naming_both()
    {
        var decision = BillPayment.Decide(null, 50_400m, Paid(33_600m), Today);

        Assert.True(decision.Changed);
        Assert.Equal("Jumlah dibayar Rp 33.600 berbeda dengan jumlah yang harus dibayar menurut rekonsiliasi (Rp 50.400).", decision.Note);
    }

    [Theory]
    [InlineData(0, 9, "payment_amount_invalid")]
    [InlineData(-5, 9, "payment_amount_invalid")]
    [InlineData(100, 11, "payment_date_future")]
    public void An_impossible_payment_is_refused(decimal amount, int day, string code)
    {
        var decision = BillPayment.Decide(null, 100m, Paid(amount, new DateOnly(2027, 2, day)), Today);

        Assert.Equal((code, false, null), (decision.RefusalCode, decision.Changed, decision.Payment));
        Assert.False(string.IsNullOrWhiteSpace(decision.Refusal));
    }

    [Fact]
    public void The_same_payment_again_changes_nothing_and_another_one_is_refused()
    {
        var recorded = Paid(50_400m);

        var again = BillPayment.Decide(recorded, 50_400m, Paid(50_400m) with { ById = "oid-andi" }, Today);
        var other = BillPayment.Decide(recorded, 50_400m, Paid(16_800m), Today);

        Assert.Equal((false, recorded), (again.Changed, again.Payment));
        Assert.Equal("payment_already_recorded", other.RefusalCode);
        Assert.Contains("Rp 50.400", other.Refusal, StringComparison.Ordinal);
        Assert.Contains("Bayu", other.Refusal, StringComparison.Ordinal);
    }
}
