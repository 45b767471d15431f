namespace Pipeline.Core.Validation;

/// <summary>One kecamatan or desa of the gazetteer, with its Kemendagri code written without dots.</summary>
/// <param name="Code">6 digits for a kecamatan (122301), 10 for a desa (1223011001).</param>
/// <param name="ParentCode">The kecamatan code of a desa; the regency code of a kecamatan.</param>
public sealed record Region(string Code, string Name, string ParentCode);
