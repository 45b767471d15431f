using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Pipeline.Core.Model;

namespace Pipeline.Core.Review;

/// <summary>
/// The columns of the list handed to BPJS for collective registration, read from a template file, so the
/// branch's own template (its headers, order, constants) replaces the default without a code change.
/// </summary>
/// <remarks>
/// A column is a header and either a <c>source</c> (one of <see cref="Sources"/>) with an optional
/// <c>format</c>, or a constant <c>value</c>. The default lives in <c>Review/bpjs-export-template.json</c>
/// (embedded); the setting <c>Export__TemplatePath</c> points to another file. An unknown source is refused
/// when the template is loaded, not when a list is half written.
/// </remarks>
public sealed class ExportTemplate
{
    /// <summary>The values a column may take from a person.</summary>
    public static readonly IReadOnlyList<string> Sources =
    [
        "nik", "name", "birth_place", "birth_date", "sex", "address", "desa", "desa_code", "kecamatan", "kecamatan_code",
        "phone", "occupation", "no_kk", "age", "person_id", "period",
    ];

    private ExportTemplate(string sheet, string fileName, IReadOnlyList<Column> columns)
    {
        Sheet = sheet;
        FileName = fileName;
        Columns = columns;
    }

    public string Sheet { get; }

    /// <summary>The downloaded file's name without extension.</summary>
    public string FileName { get; }

    public IReadOnlyList<Column> Columns { get; }

    public IEnumerable<string> Headers => Columns.Select(c => c.Header);

    public static ExportTemplate Default => Embedded.Value;

    private static readonly Lazy<ExportTemplate> Embedded = new(() =>
    {
        using var stream = typeof(ExportTemplate).Assembly.GetManifestResourceStream("Pipeline.Core.Review.bpjs-export-template.json")
                           ?? throw new InvalidOperationException("The default BPJS export template is not embedded.");
        return Load(stream);
    });

    /// <exception cref="FormatException">The template is not valid: the message names the column.</exception>
    public static ExportTemplate Load(Stream json)
    {
        TemplateFile? file;
        try
        {
            file = JsonSerializer.Deserialize<TemplateFile>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new FormatException($"The export template is not valid JSON: {e.Message}", e);
        }

        if (file?.Columns is not { Count: > 0 } columns)
        {
            throw new FormatException("The export template has no columns.");
        }

        foreach (var column in columns)
        {
            if (string.IsNullOrWhiteSpace(column.Header))
            {
                throw new FormatException("Every export template column needs a header.");
            }

            if (column.Value is null && (column.Source is null || !Sources.Contains(column.Source)))
            {
                throw new FormatException($"Column \"{column.Header}\": source \"{column.Source}\" is not one of {string.Join(", ", Sources)}.");
            }
        }

        return new ExportTemplate(file.Sheet ?? "Daftar", file.FileName ?? "daftar-bpjs", columns);
    }

    /// <summary>The cells of one person's row, as text (the writers neutralise formula-like text).</summary>
    public IEnumerable<string> Cells(ExportPerson person, DateOnly period) => Columns.Select(c => c.Value ?? Format(c, person, period));

    private static string Format(Column column, ExportPerson p, DateOnly period) => column.Source switch
    {
        "nik" => p.Nik ?? "",
        "name" => p.Name ?? "",
        "birth_place" => p.BirthPlace ?? "",
        "birth_date" => p.BirthDate?.ToString(column.Format ?? "dd-MM-yyyy", CultureInfo.InvariantCulture) ?? "",
        "sex" => column.Format == "words" ? p.Sex switch { Sex.L => "LAKI-LAKI", Sex.P => "PEREMPUAN", _ => "" } : p.Sex?.ToString() ?? "",
        "address" => p.Address ?? "",
        "desa" => p.DesaName ?? "",
        "desa_code" => p.DesaCode ?? "",
        "kecamatan" => p.KecamatanName ?? "",
        "kecamatan_code" => p.KecamatanCode ?? "",
        "phone" => column.Format == "local" && p.Phone is { } phone && phone.StartsWith("+62", StringComparison.Ordinal) ? "0" + phone[3..] : p.Phone ?? "",
        "occupation" => p.Occupation ?? "",
        "no_kk" => p.NoKk ?? "",
        "age" => p.Age?.ToString(CultureInfo.InvariantCulture) ?? "",
        "person_id" => p.PersonId,
        "period" => period.ToString(column.Format ?? "MM-yyyy", CultureInfo.InvariantCulture),
        _ => "",
    };

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>One column: a header and where its value comes from.</summary>
    public sealed record Column(string Header, string? Source, string? Format, string? Value);

    private sealed record TemplateFile(
        [property: JsonPropertyName("sheet")] string? Sheet,
        [property: JsonPropertyName("fileName")] string? FileName,
        [property: JsonPropertyName("columns")] List<Column>? Columns);
}
