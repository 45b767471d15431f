namespace Pipeline.Core.Model;

/// <summary>Everything the pipeline knows about one <see cref="RecordStatus"/>: one row of <see cref="RecordStatuses"/>.</summary>
/// <param name="Code">Lower-case code written in tables, exports and the API (<c>new</c>, <c>reactivate</c> …).</param>
/// <param name="Label">The word officials read in the result workbook and on the pages.</param>
/// <param name="ReportLabel">The figure's name in the weekly summary ("Pekerja baru memenuhi syarat").</param>
/// <param name="Fill">Background colour (ARGB) of the status in workbooks and pages: light enough to print black text on.</param>
/// <param name="Meaning">What the status means for the official, and what happens next (the result workbook's legend).</param>
/// <param name="Column">Property name of the status's count in tables (<c>Uploads</c>, <c>Summaries</c>).</param>
/// <param name="Matched">The row names a person and is in the person index: every status but the rejected and ineligible.</param>
/// <param name="Accepted">A settled listing of a person (not under review, rejected or ineligible).</param>
/// <param name="Candidate">The person's primary listing to be paid for and sent to BPJS: counted once per person in the budget.</param>
/// <param name="Covered">The person is already protected (enrolled, or funded by the regency): nothing to do.</param>
/// <param name="Decided">The programme decided about the person (BPJS refused them, or their funding ended): not paid for, and
/// nothing happens by itself until an approver proposes them again.</param>
public sealed record RecordStatusInfo(
    RecordStatus Status,
    string Code,
    string Label,
    string ReportLabel,
    string Fill,
    string Meaning,
    string Column,
    bool Matched,
    bool Accepted,
    bool Candidate,
    bool Covered,
    bool Decided = false)
{
    /// <summary>
    /// The listing stands for its person (a candidate, a covered or a decided listing): a person with one needs no
    /// other listing promoted to be paid for.
    /// </summary>
    public bool Primary => Candidate || Covered || Decided;
}
