namespace Pipeline.Core.Review;

/// <summary>
/// The four-eyes rule for the list sent to BPJS (as openIMIS and OpenCRVS keep it): whoever decided a review
/// item in the list may not also release it. The approver role alone is not enough.
/// </summary>
public static class MakerChecker
{
    /// <param name="approver">The caller's identity.</param>
    /// <param name="deciders">Who decided the review items of the records in the list.</param>
    /// <returns>Null when the release is allowed, else the Indonesian reason it is refused.</returns>
    public static string? RefusalFor(string approver, IEnumerable<string> deciders) =>
        deciders.Contains(approver, StringComparer.OrdinalIgnoreCase)
            ? "Anda ikut memutuskan item pemeriksaan dalam daftar ini. Daftar harus dirilis oleh approver lain (prinsip empat mata)."
            : null;
}
