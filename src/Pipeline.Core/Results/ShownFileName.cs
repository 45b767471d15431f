using Pipeline.Core.Validation;

namespace Pipeline.Core.Results;

/// <summary>
/// A file name or upload path as people are shown it (the result workbook, messages, the CLI's lines): without
/// bidi controls (U+202A-202E, U+2066-2069, U+200E/200F, U+061C), zero-width and other invisible characters, which
/// can make <c>daftar\u202Exslx.exe</c> display as <c>daftarexe.xlsx</c>. The stored path keeps every character:
/// it is the upload's identity.
/// </summary>
public static class ShownFileName
{
    public static string Of(string path) => InvisibleCharacters.Remove(path, out _);
}
