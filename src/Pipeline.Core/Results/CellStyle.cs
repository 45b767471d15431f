using Pipeline.Core.Model;

namespace Pipeline.Core.Results;

/// <summary>The fonts result workbooks use.</summary>
internal enum FontKind
{
    Regular,
    Bold,
    Title,
}

/// <summary>
/// The background colours result workbooks use: header, cells with an error or a warning, one per status (the summary
/// sheet's status table is their legend), and one per reconciliation code of a bill.
/// </summary>
internal enum FillKind
{
    None,
    Header,
    Error,
    Warning,
    StatusNew,
    StatusDuplicate,
    StatusEnrolled,
    StatusReview,
    StatusRejected,
    StatusIneligible,
    BillMatched,
    BillNotFunded,
    BillNotBilled,
    BillAmountDiffers,
    BillBilledTwice,
    BillFundingEnded,
}

/// <summary>How a number is shown.</summary>
internal enum NumberKind
{
    General,
    /// <summary>Every digit, for numbers of 12 digits or more (a NIK Excel stored as a number).</summary>
    AllDigits,
    /// <summary>dd-mm-yyyy, for date cells.</summary>
    Date,
    /// <summary>Thousands separators, for rupiah amounts.</summary>
    Thousands,
    /// <summary>Text ("@"): what an official types into a NIK or phone cell stays text, every digit and the leading 0 kept.</summary>
    Text,
}

/// <summary>
/// One combination of formatting a cell can have; <see cref="StyleRegistry"/> turns each distinct combination
/// into one cell format of the workbook.
/// </summary>
/// <param name="QuotePrefix">Keeps text that starts like a formula (= + - @) as text when an official edits it.</param>
internal readonly record struct CellStyle(
    FontKind Font = FontKind.Regular,
    FillKind Fill = FillKind.None,
    NumberKind Number = NumberKind.General,
    bool Wrap = false,
    bool QuotePrefix = false)
{
    public static readonly CellStyle Default = new();
    public static readonly CellStyle Header = new(FontKind.Bold, FillKind.Header, Wrap: true);
    public static readonly CellStyle Bold = new(FontKind.Bold);
    public static readonly CellStyle Title = new(FontKind.Title);
    public static readonly CellStyle Wrapped = new(Wrap: true);

    /// <summary>The colour of a status, on the Status column and in the legend.</summary>
    public static FillKind FillOf(RecordStatus status) => status switch
    {
        RecordStatus.New => FillKind.StatusNew,
        RecordStatus.Duplicate => FillKind.StatusDuplicate,
        RecordStatus.Enrolled => FillKind.StatusEnrolled,
        RecordStatus.Review => FillKind.StatusReview,
        RecordStatus.Rejected => FillKind.StatusRejected,
        RecordStatus.Ineligible => FillKind.StatusIneligible,
        _ => FillKind.None,
    };

    /// <summary>The colour of a reconciliation code (its ARGB is in <see cref="Billing.BillCodes"/>).</summary>
    public static FillKind FillOf(Billing.BillCode code) => code switch
    {
        Billing.BillCode.Matched => FillKind.BillMatched,
        Billing.BillCode.NotFunded => FillKind.BillNotFunded,
        Billing.BillCode.NotBilled => FillKind.BillNotBilled,
        Billing.BillCode.AmountDiffers => FillKind.BillAmountDiffers,
        Billing.BillCode.BilledTwice => FillKind.BillBilledTwice,
        Billing.BillCode.FundingEnded => FillKind.BillFundingEnded,
        _ => FillKind.None,
    };
}
