namespace Pipeline.Storage;

/// <summary>
/// The content types of the files the pipeline stores and hands out, spelled once: a blob is written and later
/// downloaded under the same type, so the two must not drift apart.
/// </summary>
public static class ContentTypes
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string Csv = "text/csv; charset=utf-8";

    public const string Html = "text/html; charset=utf-8";
}
