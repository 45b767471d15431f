namespace Pipeline.Core.Review;

/// <summary>
/// The four-eyes rule for the lists sent to BPJS (as openIMIS and OpenCRVS keep it): whoever prepared a list, or
/// decided anything about the people on it (a review item, or ending someone's funding), may not also release it.
/// The approver role alone is not enough.
/// </summary>
public static class MakerChecker
{
    /// <param name="approver">The caller's identity.</param>
    /// <param name="preparer">Who prepared the list.</param>
    /// <param name="deciders">Who decided about the people on the list.</param>
    /// <returns>Null when the release is allowed, else the Indonesian reason it is refused.</returns>
    public static string? RefusalFor(string approver, string preparer, IEnumerable<string> deciders) =>
        string.Equals(approver, preparer, StringComparison.OrdinalIgnoreCase)
            ? "Anda yang membuat daftar ini. Daftar harus dirilis oleh approver lain (prinsip empat mata)."
            : deciders.Contains(approver, StringComparer.OrdinalIgnoreCase)
                ? "Anda ikut memutuskan tentang orang dalam daftar ini. Daftar harus dirilis oleh approver lain (prinsip empat mata)."
                : null;
}
