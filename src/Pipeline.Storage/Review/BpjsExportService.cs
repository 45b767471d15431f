using System.Globalization;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using Pipeline.Core.Model;
using Pipeline.Core.Review;
using Pipeline.Core.Validation;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Review;

/// <summary>Why a release was refused or what it did.</summary>
public enum ReleaseStatus
{
    Released,
    NotFound,
    AlreadyReleased,
    /// <summary>The maker-checker rule: the caller decided review items of this list.</summary>
    Refused,
}

/// <summary>
/// The list for BPJS collective registration: new people only, each once, nothing under review; prepared as a
/// frozen snapshot (.xlsx and .csv written once), released by an approver who did not decide its review items.
/// </summary>
/// <remarks>
/// A person already carried by an earlier released list is left out of later ones, so the branch never
/// receives the same person twice while its register has not caught up. Reading is one scan of the records
/// (projected) plus the decided review items and the decisions; the regency's ~66,000 rows take a few seconds.
/// </remarks>
public sealed class BpjsExportService(
    PipelineStorage storage, RecordStore records, ReviewStore reviews, DecisionStore decisions, AuditLog audit, Gazetteer gazetteer, IOptions<ExportOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private readonly Lazy<ExportTemplate> _template = new(() =>
        string.IsNullOrWhiteSpace(options.Value.TemplatePath) ? ExportTemplate.Default : LoadTemplate(options.Value.TemplatePath));

    private TableClient Exports => storage.Table(StorageNames.ExportsTable);

    public ExportTemplate Template => _template.Value;

    public async Task<IReadOnlyList<ExportEntity>> ListAsync(CancellationToken cancellationToken)
    {
        var list = new List<ExportEntity>();
        await foreach (var entity in Exports.QueryAsync<ExportEntity>(e => e.PartitionKey == ExportEntity.Partition, cancellationToken: cancellationToken))
        {
            list.Add(entity);
        }

        return list.OrderByDescending(e => e.PreparedAt).ToList();
    }

    public async Task<ExportEntity?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var response = await Exports.GetEntityIfExistsAsync<ExportEntity>(ExportEntity.Partition, TableKey.Encode(id), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Makes a new draft list from the records as they are now.</summary>
    public async Task<ExportEntity> PrepareAsync(AuditLog.Actor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var period = DateOnly.FromDateTime(now.ToOffset(Wib).DateTime);
        var id = now.ToOffset(Wib).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..4];
        var released = await ReleasedPersonIdsAsync(cancellationToken);

        var people = new SortedDictionary<string, RecordEntity>(StringComparer.Ordinal);
        var alreadyReleased = 0;
        await foreach (var entity in records.WithStatusAsync(RecordStatus.New, cancellationToken))
        {
            if (string.IsNullOrEmpty(entity.PersonId))
            {
                continue;
            }

            if (released.Contains(entity.PersonId))
            {
                alreadyReleased++;
                continue;
            }

            // One row per person: the first listing by record id, as ingest chooses.
            if (!people.TryGetValue(entity.PersonId, out var existing) || RecordMapper.IdOf(entity).CompareTo(RecordMapper.IdOf(existing)) < 0)
            {
                people[entity.PersonId] = entity;
            }
        }

        var made = await decisions.ListAsync(cancellationToken);
        var decided = (await reviews.DecidedAsync(cancellationToken)).Where(p => p.DecidedBy is not null).ToList();
        var listed = made.Count > 0 || decided.Count > 0 ? await records.ListedPeopleAsync(cancellationToken) : null;
        var deciders = Deciders(people.Keys.ToHashSet(StringComparer.Ordinal), decided, made, listed);
        var chosen = listed is null ? new Dictionary<string, PersonDetails>() : ChosenIdentities.ByPerson(made, key => listed.ByIdentity.GetValueOrDefault(key) ?? []);

        // In records, as every other page counts what waits for review: the records under review, not their pairs.
        var pending = (await reviews.PendingAsync(cancellationToken)).Select(p => p.Subject).Distinct().Count();
        var rows = people.Values
            .Select(r => ToExportPerson(r, chosen.GetValueOrDefault(r.PersonId!)))
            .OrderBy(p => p.KecamatanName, StringComparer.Ordinal).ThenBy(p => p.DesaName, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => (IReadOnlyList<string>)Template.Cells(p, period).ToList())
            .ToList();

        var folder = $"bpjs/{id}/";
        var entity0 = new ExportEntity
        {
            RowKey = id,
            PreparedBy = actor.Id,
            PreparedByName = actor.Name,
            PreparedAt = now,
            Period = period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            People = people.Count,
            PendingReviewRecords = pending,
            AlreadyReleased = alreadyReleased,
            Deciders = string.Join(';', deciders),
            FileName = $"{Template.FileName}-{id}",
            XlsxPath = folder + $"{Template.FileName}-{id}.xlsx",
            CsvPath = folder + $"{Template.FileName}-{id}.csv",
            PersonsPath = folder + "persons.txt",
        };

        await WriteBlobAsync(entity0.XlsxPath, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", s => ExportWriters.WriteXlsx(Template, rows, s), cancellationToken);
        await WriteBlobAsync(entity0.CsvPath, "text/csv; charset=utf-8", s => ExportWriters.WriteCsv(Template, rows, s), cancellationToken);
        await WriteBlobAsync(entity0.PersonsPath, "text/plain", s => s.Write(Encoding.UTF8.GetBytes(string.Join('\n', people.Keys))), cancellationToken);
        await Exports.AddEntityAsync(entity0, cancellationToken);
        await audit.AppendAsync(actor, now, "export.prepare", id, null,
            new { status = ExportEntity.Draft, people = people.Count, pendingReviewRecords = pending, alreadyReleased }, null, "export.prepare:" + id, cancellationToken);
        return entity0;
    }

    /// <summary>Releases a draft list for BPJS: only an approver who decided none of its review items.</summary>
    public async Task<(ReleaseStatus Status, ExportEntity? Export, string? Message)> ReleaseAsync(string id, AuditLog.Actor actor, CancellationToken cancellationToken)
    {
        var export = await GetAsync(id, cancellationToken);
        if (export is null)
        {
            return (ReleaseStatus.NotFound, null, "Daftar ekspor tidak ditemukan.");
        }

        if (export.Status == ExportEntity.Released)
        {
            return (ReleaseStatus.AlreadyReleased, export, $"Daftar ini sudah dirilis oleh {export.ReleasedByName ?? export.ReleasedBy}.");
        }

        if (MakerChecker.RefusalFor(actor.Id, export.DeciderIds) is { } refusal)
        {
            return (ReleaseStatus.Refused, export, refusal);
        }

        var now = time.GetUtcNow();
        export.Status = ExportEntity.Released;
        export.ReleasedBy = actor.Id;
        export.ReleasedByName = actor.Name;
        export.ReleasedAt = now;
        try
        {
            await Exports.UpdateEntityAsync(export, export.ETag, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            var current = await GetAsync(id, cancellationToken);
            return (ReleaseStatus.AlreadyReleased, current, "Daftar ini baru saja dirilis oleh approver lain.");
        }

        await audit.AppendAsync(actor, now, "export.release", id,
            new { status = ExportEntity.Draft }, new { status = ExportEntity.Released, people = export.People }, null, "export.release:" + id, cancellationToken);
        return (ReleaseStatus.Released, export, null);
    }

    /// <summary>The stored file of an export, or null.</summary>
    public async Task<Stream?> OpenFileAsync(ExportEntity export, string format, CancellationToken cancellationToken)
    {
        var path = format == "csv" ? export.CsvPath : export.XlsxPath;
        var blob = storage.Blobs.GetBlobContainerClient(StorageNames.ReportsContainer).GetBlobClient(path);
        try
        {
            return (await blob.DownloadStreamingAsync(cancellationToken: cancellationToken)).Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private async Task<HashSet<string>> ReleasedPersonIdsAsync(CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var export in (await ListAsync(cancellationToken)).Where(e => e.Status == ExportEntity.Released))
        {
            var blob = storage.Blobs.GetBlobContainerClient(StorageNames.ReportsContainer).GetBlobClient(export.PersonsPath);
            var content = (await blob.DownloadContentAsync(cancellationToken)).Value.Content.ToString();
            ids.UnionWith(content.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }

        return ids;
    }

    /// <summary>
    /// Who decided anything about a listed person: review pairs whose record (or candidate record) belongs to one,
    /// and decisions whose identities do. The decisions count too because a new version of a file replaces its
    /// review pairs, decided ones included, while the decision (and who made it) lives on in <c>Decisions</c>.
    /// </summary>
    private static IReadOnlyList<string> Deciders(IReadOnlySet<string> listedPeople, IReadOnlyList<ReviewPair> decided, IReadOnlyList<Decision> made, ListedPeople? people)
    {
        if (people is null)
        {
            return [];
        }

        bool Listed(RecordId? recordId) => recordId is { } id && people.ByRecord.TryGetValue(id, out var person) && listedPeople.Contains(person);
        bool Lists(PersonIdentity identity) => people.ByIdentity.TryGetValue(identity.Key, out var persons) && persons.Overlaps(listedPeople);
        return decided.Where(i => Listed(i.Subject) || Listed(i.Candidate.Record)).Select(i => i.DecidedBy!)
            .Concat(made.Where(d => Lists(d.Subject) || (d.Other is { } other && Lists(other))).Select(d => d.DecidedBy))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The person as the list carries them: the listing's values, with the identity a reviewer chose, if any, over them.</summary>
    private ExportPerson ToExportPerson(RecordEntity r, PersonDetails? chosen)
    {
        var raw = string.IsNullOrEmpty(r.Raw) ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(r.Raw);
        var listed = RecordMapper.DetailsOf(r);
        return new ExportPerson(
            r.PersonId!, chosen?.Nik ?? listed.Nik, chosen?.Name ?? listed.Name, chosen?.BirthPlace ?? listed.BirthPlace,
            chosen?.BirthDate ?? listed.BirthDate, chosen?.Sex ?? listed.Sex,
            raw?.GetValueOrDefault(nameof(Field.Address)),
            r.DesaCode, r.DesaCode is null ? null : gazetteer.DesaName(r.DesaCode),
            r.KecamatanCode, r.KecamatanCode is null ? null : gazetteer.KecamatanName(r.KecamatanCode),
            r.Phone, raw?.GetValueOrDefault(nameof(Field.Occupation)) ?? r.Occupation, r.NoKk, r.Age);
    }

    private async Task WriteBlobAsync(string path, string contentType, Action<Stream> write, CancellationToken cancellationToken)
    {
        await using var buffer = new FileStream(
            Path.Combine(Path.GetTempPath(), "pipeline-export-" + Guid.NewGuid().ToString("N")),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        write(buffer);
        buffer.Position = 0;
        await storage.Blobs.GetBlobContainerClient(StorageNames.ReportsContainer).GetBlobClient(path).UploadAsync(
            buffer, new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } }, cancellationToken);
    }

    private static ExportTemplate LoadTemplate(string path)
    {
        using var stream = File.OpenRead(path);
        return ExportTemplate.Load(stream);
    }
}
