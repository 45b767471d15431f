using Pipeline.Core.Reporting;

namespace Pipeline.Core.Billing;

/// <summary>The payment of a reconciled bill, as an approver records it: when the regency paid, how much, who recorded it.</summary>
/// <param name="PaidOn">The day the money left the regency (the date on the transfer), in WIB.</param>
/// <param name="Amount">The rupiah paid.</param>
/// <param name="ById">Who recorded it (the approver's id).</param>
/// <param name="ByName">Their name, for the page and the audit.</param>
/// <param name="RecordedAt">When it was recorded.</param>
public sealed record BillPayment(DateOnly PaidOn, decimal Amount, string ById, string? ByName, DateTimeOffset RecordedAt)
{
    /// <summary>
    /// Whether a payment may be recorded against a reconciliation: a positive amount, a day not in the future, and
    /// only once (recording the same payment again changes nothing; a different one is refused, so a paid bill never
    /// silently becomes unpaid or paid twice). An amount other than the reconciliation's "to pay" is recorded with a note.
    /// </summary>
    /// <param name="recorded">The payment already recorded, if any.</param>
    /// <param name="toPay">What the reconciliation says to pay.</param>
    /// <param name="today">Today in WIB.</param>
    public static BillPaymentDecision Decide(BillPayment? recorded, decimal toPay, BillPayment proposed, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        if (proposed.Amount <= 0)
        {
            return BillPaymentDecision.Refuse("payment_amount_invalid", "Jumlah yang dibayar harus lebih dari Rp 0.");
        }

        if (proposed.PaidOn > today)
        {
            return BillPaymentDecision.Refuse("payment_date_future", $"Tanggal bayar ({IndonesianFormat.ShortDate(proposed.PaidOn)}) sesudah hari ini; catat pembayaran setelah uangnya dikirim.");
        }

        if (recorded is not null)
        {
            return recorded.PaidOn == proposed.PaidOn && recorded.Amount == proposed.Amount
                ? new BillPaymentDecision(recorded, Changed: false, null, null, null)
                : BillPaymentDecision.Refuse("payment_already_recorded",
                    $"Pembayaran tagihan ini sudah dicatat: {IndonesianFormat.Rupiah(recorded.Amount)} pada {IndonesianFormat.ShortDate(recorded.PaidOn)} oleh {recorded.ByName ?? recorded.ById}. Pembayaran tidak dicatat dua kali.");
        }

        var note = proposed.Amount == toPay ? null
            : $"Jumlah dibayar {IndonesianFormat.Rupiah(proposed.Amount)} berbeda dengan jumlah yang harus dibayar menurut rekonsiliasi ({IndonesianFormat.Rupiah(toPay)}).";
        return new BillPaymentDecision(proposed, Changed: true, note, null, null);
    }
}

/// <summary>What recording a payment decided: the payment that stands, whether it is new, and a note or a refusal.</summary>
/// <param name="Payment">The payment recorded (new or as before); null when refused.</param>
/// <param name="Changed">True when this call records it; false when it was already recorded exactly so.</param>
/// <param name="Note">An Indonesian remark kept with a payment that differs from the amount to pay.</param>
/// <param name="RefusalCode">A stable code when refused (<c>payment_amount_invalid</c>, <c>payment_date_future</c>, <c>payment_already_recorded</c>).</param>
/// <param name="Refusal">Why, in Indonesian.</param>
public sealed record BillPaymentDecision(BillPayment? Payment, bool Changed, string? Note, string? RefusalCode, string? Refusal)
{
    public static BillPaymentDecision Refuse(string code, string why) => new(null, false, null, code, why);
}
