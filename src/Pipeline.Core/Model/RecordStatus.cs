namespace Pipeline.Core.Model;

/// <summary>
/// What the pipeline concluded about one data row. Everything else known about a status (its code, label, colour,
/// meaning, and which rules it takes part in) is one row of <see cref="RecordStatuses"/>.
/// </summary>
/// <remarks>
/// The numeric values are stored (the person index packs a status into a byte): new statuses are added at the end.
/// </remarks>
public enum RecordStatus
{
    /// <summary>First listing of a person not yet enrolled: to be paid for.</summary>
    New,
    /// <summary>A later listing of a person already listed (in this file or another).</summary>
    Duplicate,
    /// <summary>Already a BPJS Ketenagakerjaan participant whose membership is active (found in the register).</summary>
    Enrolled,
    /// <summary>An uncertain match, waiting for an administrator.</summary>
    Review,
    /// <summary>An error makes the row unusable until the uploader fixes it.</summary>
    Rejected,
    /// <summary>Valid, but outside the eligible age range.</summary>
    Ineligible,
    /// <summary>A BPJS participant whose membership lapsed (NON AKTIF): to be paid for again, with their KPJ.</summary>
    Reactivate,
    /// <summary>Already in the cohort the regency pays for (confirmed by BPJS): nothing to do.</summary>
    Funded,
    /// <summary>Proposed to BPJS and refused, or the regency's funding ended: not paid for until an approver proposes them again.</summary>
    Unfunded,
}
