namespace Pipeline.Core.Model;

/// <summary>
/// One data row of a village list after normalisation, carrying its issues and, after matching, its status.
/// </summary>
/// <remarks>
/// Data flows one way: the validator fills the normalised fields and issues, the matcher fills
/// status, person id and the match note. Raw values are kept so the official sees what they typed.
/// </remarks>
public sealed class WorkerRecord
{
    /// <summary>1-based sheet row.</summary>
    public required int SourceRow { get; init; }

    /// <summary>The row's values as typed, by field, rendered as text (for the tables and exports).</summary>
    public Dictionary<Field, string> Raw { get; } = new();

    public string? Nik { get; set; }
    public string? NoKk { get; set; }

    /// <summary>Canonical upper-case name without titles, spaces folded.</summary>
    public string? Name { get; set; }

    /// <summary>Titles and honorifics split off the name (H., Hj., Drs., S.Pd ...), space-separated.</summary>
    public string? NameTitles { get; set; }

    /// <summary>Spelling-folded key for matching (oe/u, dj/j, Muhammad variants ...).</summary>
    public string? NameKey { get; set; }

    public string? BirthPlace { get; set; }
    public DateOnly? BirthDate { get; set; }
    public Sex? Sex { get; set; }

    /// <summary>Kemendagri codes without dots: kecamatan 6 digits, desa 10 digits.</summary>
    public string? KecamatanCode { get; set; }
    public string? DesaCode { get; set; }

    /// <summary>Phone in +62 form.</summary>
    public string? Phone { get; set; }

    /// <summary>Occupation category code (petani, nelayan, ...); the original stays in <see cref="Raw"/>.</summary>
    public string? Occupation { get; set; }

    /// <summary>Age in whole years at the reference date.</summary>
    public int? Age { get; set; }

    public List<Issue> Issues { get; } = new();

    public RecordStatus Status { get; set; } = RecordStatus.New;

    /// <summary>Same value for every record of the same person; empty when rejected.</summary>
    public string? PersonId { get; set; }

    /// <summary>BPJS participant number when the person is already enrolled, or registered with a lapsed membership (<c>reactivate</c>).</summary>
    public string? Kpj { get; set; }

    /// <summary>
    /// The register's membership status of the participant matched (AKTIF, NON AKTIF ...), as matching found it; not
    /// stored with the row (its message says it), carried to the funded cohort with a reactivation.
    /// </summary>
    public string? RegisterStatus { get; set; }

    public bool HasErrors => Issues.Exists(i => i.Severity == Severity.Error);
}
