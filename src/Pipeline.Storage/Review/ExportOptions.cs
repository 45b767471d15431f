namespace Pipeline.Storage.Review;

/// <summary>Settings of the BPJS export (configuration section <see cref="SectionName"/>).</summary>
public sealed class ExportOptions
{
    public const string SectionName = "Export";

    /// <summary>A template file (JSON, see <c>Pipeline.Core.Review.ExportTemplate</c>); empty = the built-in default.</summary>
    public string? TemplatePath { get; set; }
}
