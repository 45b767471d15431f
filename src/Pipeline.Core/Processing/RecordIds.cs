namespace Pipeline.Core.Processing;

/// <summary>
/// Identifiers of records, stable across reprocessing: the same upload path and sheet row give the same id,
/// so a retried or re-uploaded file overwrites its rows instead of adding new ones.
/// </summary>
public static class RecordIds
{
    public static string For(string uploadKey, int sourceRow) => $"{uploadKey}:{sourceRow:D6}";

}
