namespace Pipeline.Core.Door;

/// <summary>
/// Policy of the village door, bound from configuration section <see cref="SectionName"/>. The largest upload is not
/// here: it is <see cref="Reading.ReadingOptions.MaxUploadBytes"/>, the one limit the reader would refuse anyway.
/// </summary>
public sealed class UploadLinkOptions
{
    public const string SectionName = "UploadLinks";

    /// <summary>How far ahead a link's last day may be, in days (default 366): a collection period, not forever.</summary>
    public int MaxDays { get; set; } = 366;

    /// <summary>Uploads one link may send per hour (default 20): a desa sends a few lists, not a flood.</summary>
    public int UploadsPerHour { get; set; } = 20;

    /// <summary>Requests of any kind one link may make per minute (default 120; the page polls every 2 seconds while a list is checked).</summary>
    public int RequestsPerMinute { get; set; } = 120;

    /// <summary>
    /// The site address links are made with (e.g. <c>https://pekerja.labuhanbatuutarakab.go.id</c>). Empty: the
    /// address the admin's request came to, which is right unless a custom domain or proxy sits in front.
    /// </summary>
    public string? BaseUrl { get; set; }

    public void Validate()
    {
        if (MaxDays < 1 || UploadsPerHour < 1 || RequestsPerMinute < 1)
        {
            throw new InvalidOperationException($"{SectionName}__MaxDays, __UploadsPerHour and __RequestsPerMinute must be at least 1.");
        }

        if (!string.IsNullOrWhiteSpace(BaseUrl) && (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            throw new InvalidOperationException($"{SectionName}__BaseUrl must be an absolute http(s) address.");
        }
    }
}
