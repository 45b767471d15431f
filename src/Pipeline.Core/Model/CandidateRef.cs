namespace Pipeline.Core.Model;

/// <summary>
/// What a record under review is compared with, and how a review item names its members: a stored record (its
/// <see cref="RecordId"/>) or a participant of the BPJS register (its KPJ).
/// </summary>
/// <remarks>
/// One text form, made by <see cref="ToString"/> and read by <see cref="Parse"/>, and nothing else puts it together
/// or takes it apart: a record is its record id (<c>{uploadKey}:{row, 7 digits}</c>), a participant is <c>KPJ:</c> +
/// the KPJ. The two cannot be confused: a KPJ holds no ':', while a record id always ends in ':' + 7 digits. The
/// Reviews table, the person id of a participant (<see cref="Matching.PersonIds.ForParticipant"/>) and the API
/// all use this form.
/// </remarks>
public readonly record struct CandidateRef : IComparable<CandidateRef>
{
    private const string KpjPrefix = "KPJ:";

    private CandidateRef(RecordId? record, string? kpj) => (Record, Kpj) = (record, kpj);

    /// <summary>The stored record, or null for a register participant.</summary>
    public RecordId? Record { get; }

    /// <summary>The participant's KPJ, or null for a stored record.</summary>
    public string? Kpj { get; }

    public bool IsParticipant => Kpj is not null;

    public static CandidateRef ForRecord(RecordId record) => new(record, null);

    /// <exception cref="ArgumentException">Not a usable KPJ (<see cref="IsValidKpj"/>).</exception>
    public static CandidateRef ForParticipant(string kpj) =>
        IsValidKpj(kpj) ? new CandidateRef(null, kpj) : throw new ArgumentException("A KPJ is a participant number without ':'.", nameof(kpj));

    /// <summary>A KPJ this form can carry: not empty, no ':' (the register loader accepts digits only, <c>KpjRule</c>).</summary>
    public static bool IsValidKpj([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? kpj) => !string.IsNullOrWhiteSpace(kpj) && !kpj.Contains(':', StringComparison.Ordinal);

    public override string ToString() => Kpj is { } kpj ? KpjPrefix + kpj : Record?.ToString() ?? "";

    /// <exception cref="FormatException">Neither a record id nor <c>KPJ:</c> + a KPJ.</exception>
    public static CandidateRef Parse(string text) =>
        TryParse(text, out var reference) ? reference : throw new FormatException("Not a candidate (expected a record id or 'KPJ:' + KPJ).");

    public static bool TryParse(string? text, out CandidateRef reference)
    {
        reference = default;
        if (text is null)
        {
            return false;
        }

        if (text.StartsWith(KpjPrefix, StringComparison.Ordinal) && text.Length > KpjPrefix.Length && text.IndexOf(':', KpjPrefix.Length) < 0)
        {
            reference = new CandidateRef(null, text[KpjPrefix.Length..]);
            return true;
        }

        if (RecordId.TryParse(text, out var record))
        {
            reference = new CandidateRef(record, null);
            return true;
        }

        return false;
    }

    /// <summary>Records before participants, records in sheet order, participants by KPJ.</summary>
    public int CompareTo(CandidateRef other) => (Record, other.Record) switch
    {
        ({ } a, { } b) => a.CompareTo(b),
        (not null, null) => -1,
        (null, not null) => 1,
        _ => string.CompareOrdinal(Kpj, other.Kpj),
    };
}
