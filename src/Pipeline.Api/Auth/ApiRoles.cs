namespace Pipeline.Api.Auth;

/// <summary>
/// The app roles defined on the Entra ID app registration (infra and docs/deploy.md) and carried in the token's
/// <c>roles</c> claim. Each route names the roles it admits; no role implies another.
/// </summary>
public static class ApiRoles
{
    /// <summary>A camat: reads uploads and records of their own kecamatan (from the RoleAssignments table).</summary>
    public const string Viewer = "viewer";

    /// <summary>Disnaker and BPJS branch staff: read everything, decide review items, prepare the export.</summary>
    public const string Reviewer = "reviewer";

    /// <summary>Releases the list for BPJS (when they decided none of its review items).</summary>
    public const string Approver = "approver";

    /// <summary>Keeps the role assignments, reads the audit trail, and may do what a reviewer does.</summary>
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Viewer, Reviewer, Approver, Admin];

    /// <summary>Everyone who may read the whole regency.</summary>
    public static readonly string[] Readers = [Viewer, Reviewer, Approver, Admin];

    public static readonly string[] Deciders = [Reviewer, Approver, Admin];

    /// <summary>
    /// Each role as officials read it, with what it may do (in the words of the routes that admit it): the page's
    /// sign-in, its header and its "Peran" tab show these, never the codes.
    /// </summary>
    public static readonly IReadOnlyList<RoleInfo> Described =
    [
        new(Viewer, "Pemantau (camat)", "melihat unggahan, data dan ringkasan mingguan kecamatannya sendiri"),
        new(Reviewer, "Pemeriksa", "melihat semua data, memutuskan antrean pemeriksaan, membuat daftar untuk BPJS dan ringkasan mingguan"),
        new(Approver, "Penyetuju", "semua yang dapat dilakukan pemeriksa kecuali ringkasan, merilis daftar untuk BPJS yang tidak ia buat dan tidak ia putuskan, mengunggah konfirmasi BPJS, menghentikan pembiayaan, melihat audit"),
        new(Admin, "Admin", "semua yang dapat dilakukan pemeriksa, membuat tautan desa, menetapkan kecamatan pemantau, melihat audit"),
    ];
}

/// <summary>A role's code (as in the token), its name in Indonesian, and what it may do.</summary>
public sealed record RoleInfo(string Code, string Label, string May);
