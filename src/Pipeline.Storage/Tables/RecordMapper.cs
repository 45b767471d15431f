using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Review;

namespace Pipeline.Storage.Tables;

/// <summary>
/// Domain records to table entities and back. Storage writes what the domain decided; when a stored record must
/// change (a promotion), it is mapped back to a <see cref="WorkerRecord"/>, changed by the domain, and written
/// again: no stored string is edited in place.
/// </summary>
public static class RecordMapper
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public static RecordEntity ToEntity(string scope, string uploadKey, string uploadPath, WorkerRecord record) => new()
    {
        PartitionKey = uploadKey,
        RowKey = RecordId.PadRow(record.SourceRow),
        Scope = scope,
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
        BirthDate = FormatDate(record.BirthDate),
        Sex = record.Sex?.ToString(),
        KecamatanCode = record.KecamatanCode,
        DesaCode = record.DesaCode,
        Phone = record.Phone,
        Occupation = record.Occupation,
        Age = record.Age,
        Issues = string.Join(';', record.Issues.Select(i => i.Code)),
        IssueList = JsonSerializer.Serialize(record.Issues, Json),
        Raw = JsonSerializer.Serialize(record.Raw.ToDictionary(kv => kv.Key.ToString(), kv => kv.Value)),
    };

    public static WorkerRecord ToRecord(RecordEntity entity)
    {
        var record = new WorkerRecord
        {
            SourceRow = entity.SourceRow,
            Status = RecordStatuses.Parse(entity.Status),
            PersonId = entity.PersonId,
            Kpj = entity.Kpj,
            Nik = entity.Nik,
            NoKk = entity.NoKk,
            Name = entity.Name,
            NameTitles = entity.NameTitles,
            NameKey = entity.NameKey,
            BirthPlace = entity.BirthPlace,
            BirthDate = ParseDate(entity.BirthDate),
            Sex = ParseSex(entity.Sex),
            KecamatanCode = entity.KecamatanCode,
            DesaCode = entity.DesaCode,
            Phone = entity.Phone,
            Occupation = entity.Occupation,
            Age = entity.Age,
        };
        if (entity.IssueList is { Length: > 0 } issues)
        {
            record.Issues.AddRange(JsonSerializer.Deserialize<List<Issue>>(issues, Json) ?? []);
        }

        if (entity.Raw is { Length: > 0 } raw)
        {
            foreach (var (field, value) in JsonSerializer.Deserialize<Dictionary<string, string>>(raw) ?? [])
            {
                if (Enum.TryParse<Field>(field, out var parsed))
                {
                    record.Raw[parsed] = value;
                }
            }
        }

        return record;
    }

    public static RecordId IdOf(RecordEntity entity) => new(entity.PartitionKey, entity.SourceRow);

    /// <summary>The domain's view of a stored record for a decision (its issues as stored, with their messages).</summary>
    public static Listing ToListing(RecordEntity entity)
    {
        var record = ToRecord(entity);
        return new Listing
        {
            RecordId = IdOf(entity),
            UploadPath = entity.UploadPath,
            Identity = IdentityOf(entity),
            Status = record.Status,
            PersonId = PersonId.ParseOrNull(entity.PersonId),
            Kpj = string.IsNullOrEmpty(entity.Kpj) ? null : entity.Kpj,
            Issues = record.Issues,
        };
    }

    /// <summary>Who the record says the person is: what decisions are keyed by.</summary>
    public static PersonIdentity IdentityOf(RecordEntity entity) => PersonIdentity.Of(MatchFieldsOf(entity));

    /// <summary>The particulars a review item shows side by side and a "same" decision chooses between.</summary>
    public static PersonDetails DetailsOf(RecordEntity entity) =>
        new(entity.Nik, entity.Name, ParseDate(entity.BirthDate), ParseSex(entity.Sex), string.IsNullOrWhiteSpace(entity.BirthPlace) ? null : entity.BirthPlace);

    /// <summary>The fields matching compares, from an entity read with <see cref="RecordEntity.IndexColumns"/>.</summary>
    public static MatchFields MatchFieldsOf(RecordEntity entity) =>
        new(entity.Nik, entity.Name, entity.NameKey, ParseDate(entity.BirthDate), ParseSex(entity.Sex), entity.DesaCode, entity.Phone);

    public static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static Sex? ParseSex(string? value) => Enum.TryParse<Sex>(value, out var sex) ? sex : null;
}
