namespace Pipeline.Core.Model;

/// <summary>What the pipeline concluded about one data row. Written in lower case in exports and tables.</summary>
public enum RecordStatus
{
    /// <summary>First listing of a person not yet enrolled: to be paid for.</summary>
    New,
    /// <summary>A later listing of a person already listed (in this file or another).</summary>
    Duplicate,
    /// <summary>Already a BPJS Ketenagakerjaan participant (found in the register).</summary>
    Enrolled,
    /// <summary>An uncertain match, waiting for an administrator.</summary>
    Review,
    /// <summary>An error makes the row unusable until the uploader fixes it.</summary>
    Rejected,
    /// <summary>Valid, but outside the eligible age range.</summary>
    Ineligible,
}

public static class RecordStatusText
{
    public static string ToCode(this RecordStatus status) => status.ToString().ToLowerInvariant();

    public static RecordStatus Parse(string code) => Enum.Parse<RecordStatus>(code, ignoreCase: true);

    /// <summary>The word officials see in the result workbook.</summary>
    public static string ToIndonesian(this RecordStatus status) => status switch
    {
        RecordStatus.New => "Baru",
        RecordStatus.Duplicate => "Ganda",
        RecordStatus.Enrolled => "Sudah Terdaftar",
        RecordStatus.Review => "Perlu Diperiksa",
        RecordStatus.Rejected => "Ditolak",
        RecordStatus.Ineligible => "Tidak Memenuhi Syarat",
        _ => status.ToString(),
    };
}
