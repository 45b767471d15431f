namespace Pipeline.Core.Billing;

/// <summary>
/// What reconciling a bill concluded about one billed row or one funded person: exactly one code each. The code
/// officials and tools see, its label, meaning, what to do and its colour are in <see cref="BillCodes"/>.
/// </summary>
public enum BillCode
{
    /// <summary><c>COCOK</c>: billed, funded in the months billed, amount as the rule says. Pay it.</summary>
    Matched,
    /// <summary><c>TIDAK_DIBIAYAI</c>: billed, but not a person the regency funds in the months billed. Do not pay.</summary>
    NotFunded,
    /// <summary><c>TIDAK_DITAGIH</c>: funded in months of the period that no row billed. Nothing to pay; follow up.</summary>
    NotBilled,
    /// <summary><c>NOMINAL_BERBEDA</c>: funded and billed, but the amount is not the rate in force × the months funded.</summary>
    AmountDiffers,
    /// <summary><c>DITAGIH_GANDA</c>: a later row billing a person for months an earlier row already billed. Do not pay.</summary>
    BilledTwice,
    /// <summary><c>SUDAH_BERHENTI</c>: billed for months after the person's funding ended. Pay only the months before.</summary>
    FundingEnded,
}
