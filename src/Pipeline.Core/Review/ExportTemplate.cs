using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Pipeline.Core.Model;

namespace Pipeline.Core.Review;

/// <summary>
/// The columns of the lists handed to BPJS, read from a template file, so the branch's own template (its headers,
/// order, constants) replaces the default without a code change: the registration list (new people), its
/// reactivation section (lapsed participants, with their KPJ), and the stop list ("daftar berhenti").
/// </summary>
/// <remarks>
/// A column is a header and either a <c>source</c> (one of <see cref="Sources"/>) with an optional <c>format</c>, or a
/// constant <c>value</c>. The default lives in <c>Review/bpjs-export-template.json</c> (embedded); the setting
/// <c>Export__TemplatePath</c> points to another file. A file without a <c>reactivation</c> section gets the KPJ in
/// front of its own columns; one without a <c>stop</c> section gets the default's. An unknown source is refused when
/// the template is loaded, not when a list is half written.
/// </remarks>
public sealed class ExportTemplate
{
    /// <summary>The values a column may take from a person.</summary>
    public static readonly IReadOnlyList<string> Sources =
    [
        "nik", "name", "birth_place", "birth_date", "sex", "address", "desa", "desa_code", "kecamatan", "kecamatan_code",
        "phone", "occupation", "no_kk", "age", "person_id", "period", "kpj", "ended_from", "end_reason",
    ];

    private ExportTemplate(string fileName, ExportSection registration, ExportSection reactivation, ExportSection stop)
    {
        FileName = fileName;
        Registration = registration;
        Reactivation = reactivation;
        Stop = stop;
    }

    /// <summary>The downloaded registration list's name without extension.</summary>
    public string FileName { get; }

    /// <summary>New people: the first sheet of the registration list.</summary>
    public ExportSection Registration { get; }

    /// <summary>Lapsed participants to reactivate with their KPJ: the second sheet.</summary>
    public ExportSection Reactivation { get; }

    /// <summary>People whose funding ended: the stop list's one sheet.</summary>
    public ExportSection Stop { get; }

    public string Sheet => Registration.Sheet;

    public IReadOnlyList<Column> Columns => Registration.Columns;

    public IEnumerable<string> Headers => Registration.Headers;

    public static ExportTemplate Default => Embedded.Value;

    private static readonly Lazy<ExportTemplate> Embedded = new(() =>
    {
        using var stream = typeof(ExportTemplate).Assembly.GetManifestResourceStream("Pipeline.Core.Review.bpjs-export-template.json")
                           ?? throw new InvalidOperationException("The default BPJS export template is not embedded.");
        return Load(stream, fallback: null);
    });

    /// <exception cref="FormatException">The template is not valid: the message names the column.</exception>
    public static ExportTemplate Load(Stream json) => Load(json, Default);

    private static ExportTemplate Load(Stream json, ExportTemplate? fallback)
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

        var registration = new ExportSection(file.Sheet ?? "Daftar", null, Validate(columns));
        var reactivation = file.Reactivation is { } r
            ? new ExportSection(r.Sheet ?? "Reaktivasi", null, Validate(r.Columns ?? []))
            : new ExportSection("Reaktivasi", null, [new Column("KPJ", "kpj", null, null), .. registration.Columns]);
        var stop = file.Stop is { } s
            ? new ExportSection(s.Sheet ?? "Daftar Berhenti", s.FileName, Validate(s.Columns ?? []))
            : fallback?.Stop ?? throw new FormatException("The default export template needs a stop section.");
        return new ExportTemplate(file.FileName ?? "daftar-bpjs", registration, reactivation, stop);
    }

    /// <summary>The cells of one person's registration row, as text (the writer keeps formula-like text as text).</summary>
    public IEnumerable<string> Cells(ExportPerson person, DateOnly period) => Registration.Cells(person, period);

    private static List<Column> Validate(List<Column> columns)
    {
        if (columns.Count == 0)
        {
            throw new FormatException("An export template section has no columns.");
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

        return columns;
    }

    internal static string Format(Column column, ExportPerson p, DateOnly period) => column.Source switch
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
        "kpj" => p.Kpj ?? "",
        "ended_from" => p.EndedFrom?.FirstDay.ToString(column.Format ?? "MM-yyyy", CultureInfo.InvariantCulture) ?? "",
        "end_reason" => p.EndReason ?? "",
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

    private sealed record SectionFile(
        [property: JsonPropertyName("sheet")] string? Sheet,
        [property: JsonPropertyName("fileName")] string? FileName,
        [property: JsonPropertyName("columns")] List<Column>? Columns);

    private sealed record TemplateFile(
        [property: JsonPropertyName("sheet")] string? Sheet,
        [property: JsonPropertyName("fileName")] string? FileName,
        [property: JsonPropertyName("columns")] List<Column>? Columns,
        [property: JsonPropertyName("reactivation")] SectionFile? Reactivation,
        [property: JsonPropertyName("stop")] SectionFile? Stop);
}

/// <summary>One sheet of a list for BPJS: its name and columns.</summary>
/// <param name="FileName">The downloaded file's name for a list of its own (the stop list), else null.</param>
public sealed record ExportSection(string Sheet, string? FileName, IReadOnlyList<ExportTemplate.Column> Columns)
{
    public IEnumerable<string> Headers => Columns.Select(c => c.Header);

    public IEnumerable<string> Cells(ExportPerson person, DateOnly period) => Columns.Select(c => c.Value ?? ExportTemplate.Format(c, person, period));
}
