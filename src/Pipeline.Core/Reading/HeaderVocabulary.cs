using Pipeline.Core.Model;

namespace Pipeline.Core.Reading;

/// <summary>
/// Which header texts mean which <see cref="Field"/> for one kind of upload, and which fields a header must have
/// before the reader trusts it. Village lists and the BPJS register share synonyms but differ in what they need.
/// </summary>
public sealed class HeaderVocabulary
{
    private readonly IReadOnlySet<Field> _fields;
    private readonly IReadOnlyList<Field[]> _requiredGroups;

    private HeaderVocabulary(string name, IReadOnlySet<Field> fields, IReadOnlyList<Field[]> requiredGroups)
    {
        Name = name;
        _fields = fields;
        _requiredGroups = requiredGroups;
    }

    /// <summary>Columns only BPJS's confirmation of a released list has.</summary>
    private static readonly Field[] ConfirmationOnly = [Field.EffectiveDate, Field.Remarks, Field.ExportId];

    /// <summary>Columns only a BPJS bill has.</summary>
    private static readonly Field[] BillOnly = [Field.Amount, Field.BillingMonth];

    /// <summary>A village list of pekerja rentan: needs NIK and Name.</summary>
    public static HeaderVocabulary WorkerList { get; } = new(
        nameof(WorkerList),
        Enum.GetValues<Field>().Except([Field.Kpj, Field.MembershipStatus, Field.RegisterDate, .. ConfirmationOnly, .. BillOnly]).ToHashSet(),
        [[Field.Nik], [Field.Name]])
    {
        IgnoredHeaders = Results.ResultColumns.HeaderPhrases,
    };

    /// <summary>The BPJS participant register export: needs NIK or KPJ, and Name.</summary>
    public static HeaderVocabulary ParticipantRegister { get; } = new(
        nameof(ParticipantRegister),
        Enum.GetValues<Field>().Except([.. ConfirmationOnly, .. BillOnly]).ToHashSet(),
        [[Field.Nik, Field.Kpj], [Field.Name]]);

    /// <summary>
    /// BPJS's confirmation of a released list (e.g. <c>NIK;KPJ;STATUS;TANGGAL EFEKTIF;KETERANGAN</c>): NIK and status, with
    /// optional KPJ, effective date, remarks and list id. A header is taken when it names the NIK or the status, so that a
    /// file missing the other is told which (<c>CONFIRM_NO_NIK_COLUMN</c>, <c>CONFIRM_NO_STATUS_COLUMN</c>) instead of "no header".
    /// </summary>
    public static HeaderVocabulary Confirmation { get; } = new(
        nameof(Confirmation),
        new HashSet<Field> { Field.RowNumber, Field.Nik, Field.Kpj, Field.Name, Field.MembershipStatus, Field.EffectiveDate, Field.Remarks, Field.ExportId },
        [[Field.Nik, Field.MembershipStatus]]);

    /// <summary>
    /// BPJS's bill for the contributions of the funded cohort ("tagihan iuran"): KPJ or NIK, name, amount, and an
    /// optional month. A header is taken when it names any of KPJ, NIK or the amount, so that a bill missing one of
    /// them is told which (<c>BILL_NO_ID_COLUMN</c>, <c>BILL_NO_AMOUNT_COLUMN</c>) instead of "no header".
    /// </summary>
    public static HeaderVocabulary Bill { get; } = new(
        nameof(Bill),
        new HashSet<Field> { Field.RowNumber, Field.Nik, Field.Kpj, Field.Name, Field.Amount, Field.BillingMonth },
        [[Field.Nik, Field.Kpj, Field.Amount]]);

    public string Name { get; }

    /// <summary>
    /// Normalised header texts that never map to a field, whatever the synonyms say. For village lists: the
    /// columns a result workbook adds (Baris, Status, Keterangan, ID Orang), so an official can fix rows in the
    /// result and upload it again without its verdicts being read as data.
    /// </summary>
    internal IReadOnlySet<string> IgnoredHeaders { get; private init; } = new HashSet<string>();

    /// <summary>The field a header cell means, if any; exact phrases win over token-prefix matches.</summary>
    internal HeaderMatch? Match(string? headerText)
    {
        var normalized = HeaderNormalizer.Normalize(headerText);
        if (normalized.Length == 0 || IgnoredHeaders.Contains(normalized))
        {
            return null;
        }

        // Only the phrases this vocabulary knows (or ignores on purpose): one phrase may mean different fields in different
        // files ("TMT" is the register's date of a row, and in BPJS's confirmation the month coverage starts).
        var known = HeaderSynonyms.All.Where(e => e.Field is not { } field || _fields.Contains(field));
        var exact = known.FirstOrDefault(e => e.Phrase == normalized);
        if (exact is not null)
        {
            return Accept(exact.Field, isExact: true);
        }

        var tokens = normalized.Split(' ');
        var prefix = known
            .Where(e => !e.ExactOnly && e.Tokens.Length < tokens.Length && tokens.Take(e.Tokens.Length).SequenceEqual(e.Tokens))
            .MaxBy(e => e.Tokens.Length);
        return prefix is null ? null : Accept(prefix.Field, isExact: false);
    }

    internal bool IsSatisfiedBy(IReadOnlyDictionary<Field, int> fieldColumns) =>
        _requiredGroups.All(group => group.Any(fieldColumns.ContainsKey));

    private HeaderMatch? Accept(Field? field, bool isExact) =>
        field is { } known && _fields.Contains(known) ? new HeaderMatch(known, isExact) : null;

    public override string ToString() => Name;
}

/// <summary>A header cell recognised as a field, and whether by exact phrase (preferred) or by prefix.</summary>
internal readonly record struct HeaderMatch(Field Field, bool IsExact);
