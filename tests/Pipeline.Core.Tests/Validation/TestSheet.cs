using Pipeline.Core.Model;
using Pipeline.Core.Validation;

namespace Pipeline.Core.Tests.Validation;

/// <summary>Builds layouts and rows the way the reader would hand them over, for normaliser tests.</summary>
internal static class TestSheet
{
    public static readonly DateOnly Reference = new(2026, 11, 25);

    public static readonly Field[] StandardColumns =
    [
        Field.Nik, Field.NoKk, Field.Name, Field.BirthPlace, Field.BirthDate, Field.Sex,
        Field.Desa, Field.Kecamatan, Field.Occupation, Field.Phone,
    ];

    public static SheetLayout Layout(params Field[] fields) => new()
    {
        SheetName = "Sheet1",
        HeaderRow = 1,
        ColumnNames = fields.Select(f => f.ToString()).ToList(),
        FieldColumns = fields.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i),
    };

    public static SheetLayout StandardLayout { get; } = Layout(StandardColumns);

    public static ValidationOptions Options { get; } = new() { ReferenceDate = Reference };

    public static RecordNormalizer Normalizer { get; } = new(Gazetteer.LabuhanbatuUtara, Options);

    /// <summary>A correct row of a man born 12-03-1980 in Aek Kanopan; override cells by field.</summary>
    public static SourceRow Row(int number = 2, params (Field Field, object? Value)[] overrides)
    {
        var values = new Dictionary<Field, object?>
        {
            [Field.Nik] = "1223011203800001",
            [Field.NoKk] = "1223010101090001",
            [Field.Name] = "Ahmad Siregar",
            [Field.BirthPlace] = "Aek Kanopan",
            [Field.BirthDate] = "12-03-1980",
            [Field.Sex] = "L",
            [Field.Desa] = "Aek Kanopan",
            [Field.Kecamatan] = "Kualuh Hulu",
            [Field.Occupation] = "Petani",
            [Field.Phone] = "0812-6543-2109",
        };
        foreach (var (field, value) in overrides)
        {
            values[field] = value;
        }

        return new SourceRow(number, StandardColumns.Select(f => values[f]).ToList());
    }

    public static WorkerRecord Normalize(params (Field Field, object? Value)[] overrides) =>
        Normalizer.Normalize(Row(2, overrides), StandardLayout, UploadLocation.None);

    public static string[] Codes(WorkerRecord record) => record.Issues.Select(i => i.Code).Order().ToArray();
}
