namespace Pipeline.Core.Review;

/// <summary>The two lists the regency sends BPJS.</summary>
public enum ListKind
{
    /// <summary>"Daftar pendaftaran": the candidates to register (new people) and reactivate (lapsed participants).</summary>
    Registration,
    /// <summary>"Daftar berhenti": the people whose funding ended.</summary>
    Stop,
}

/// <summary>Codes and words of <see cref="ListKind"/>.</summary>
public static class ListKinds
{
    public static string ToCode(this ListKind kind) => kind == ListKind.Stop ? "stop" : "registration";

    public static string ToIndonesian(this ListKind kind) => kind == ListKind.Stop ? "daftar berhenti" : "daftar pendaftaran";

    public static ListKind Parse(string? code) => code == "stop" ? ListKind.Stop : ListKind.Registration;
}
