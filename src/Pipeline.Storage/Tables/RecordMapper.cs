using System.Globalization;
using System.Text.Json;
using Pipeline.Core.Model;
using Pipeline.Core.Processing;

namespace Pipeline.Storage.Tables;

/// <summary>Turns processed rows into table entities and back into what the exports and the matcher need.</summary>
public static class RecordMapper
{
    public static RecordEntity ToEntity(string uploadKey, string uploadPath, WorkerRecord record) => new()
    {
        PartitionKey = uploadKey,
        RowKey = TableKeys.RowKey(record.SourceRow),
        UploadPath = uploadPath,
        SourceRow = record.SourceRow,
        Status = record.Status.ToCode(),
        PersonId = record.PersonId,
        Kpj = record.Kpj,
        Nik = record.Nik,
        NoKk = record.NoKk,
        Name = record.Name,
        NameTitles = record.NameTitles,
        NameKey = record.NameKey,
        BirthPlace = record.BirthPlace,
        BirthDate = record.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Sex = record.Sex?.ToString(),
        KecamatanCode = record.KecamatanCode,
        DesaCode = record.DesaCode,
        Phone = record.Phone,
        Occupation = record.Occupation,
        Age = record.Age,
        Issues = string.Join(';', record.Issues.Select(i => i.Code)),
        Messages = string.Join('\n', record.Issues.Select(i => i.Message)),
        Raw = JsonSerializer.Serialize(record.Raw.ToDictionary(kv => kv.Key.ToString(), kv => kv.Value)),
    };

    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static Sex? ParseSex(string? value) => Enum.TryParse<Sex>(value, out var sex) ? sex : null;

    public static string RecordId(RecordEntity entity) => RecordIds.For(entity.PartitionKey, entity.SourceRow);
}
