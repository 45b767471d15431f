using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Pipeline.Core.Review;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Review;

/// <summary>
/// The one owner of the <c>Exports</c> table and of the lists' files (<c>reports/bpjs/{id}/</c>): reads and writes the
/// rows, the workbooks and the people of each list, and audits every download (a list holds every NIK and phone).
/// Preparing is <see cref="ListPreparer"/>'s, releasing <see cref="ListReleaser"/>'s.
/// </summary>
public sealed class BpjsExportService(PipelineStorage storage, AuditLog audit, IOptions<ExportOptions> options, TimeProvider time)
{
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

    public Task AddAsync(ExportEntity export, CancellationToken cancellationToken) => Exports.AddEntityAsync(export, cancellationToken);

    /// <summary>Writes the row only if nobody changed it since it was read (its ETag); returns it with the new ETag.</summary>
    /// <exception cref="RequestFailedException">412: someone else changed the list first.</exception>
    public async Task<ExportEntity> UpdateAsync(ExportEntity export, CancellationToken cancellationToken)
    {
        var response = await Exports.UpdateEntityAsync(export, export.ETag, TableUpdateMode.Replace, cancellationToken);
        export.ETag = response.Headers.ETag ?? export.ETag;
        return export;
    }

    /// <summary>
    /// The list's workbook for download, or null. Audited before a byte leaves (who, which list, when): the file
    /// holds every NIK and phone number on it.
    /// </summary>
    public async Task<Stream?> OpenFileAsync(ExportEntity export, AuditLog.Actor actor, CancellationToken cancellationToken)
    {
        var blob = storage.Reports.GetBlobClient(export.XlsxPath);
        try
        {
            var download = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken);
            var now = time.GetUtcNow();
            await audit.AppendAsync(actor, now, "download.export", export.RowKey, null,
                new { kind = export.Kind, status = export.Status, people = export.People }, null,
                $"download.export:{export.RowKey}:{actor.Id}:{now.UtcTicks}", cancellationToken);
            return download.Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>The people of a list as prepared (person id and listing fingerprint), from its persons file.</summary>
    public async Task<IReadOnlyList<DraftPerson>> ReadPeopleAsync(ExportEntity export, CancellationToken cancellationToken)
    {
        var content = (await storage.Reports.GetBlobClient(export.PersonsPath).DownloadContentAsync(cancellationToken)).Value.Content.ToString();
        return content.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .Select(parts => new DraftPerson(parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null))
            .ToList();
    }

    /// <summary>Writes the people of a list: one line each, person id and listing fingerprint.</summary>
    public Task WritePeopleAsync(string path, IEnumerable<DraftPerson> people, CancellationToken cancellationToken) =>
        WriteBlobAsync(path, "text/plain; charset=utf-8", s =>
        {
            using var writer = new StreamWriter(s, new UTF8Encoding(false), 65536, leaveOpen: true);
            foreach (var person in people)
            {
                writer.Write(person.PersonId);
                writer.Write('\t');
                writer.Write(person.ListingKey);
                writer.Write('\n');
            }
        }, cancellationToken);

    /// <summary>Writes a file through a temporary file on disk (the workbook packaging needs a stream; memory stays flat).</summary>
    public async Task WriteBlobAsync(string path, string contentType, Action<Stream> write, CancellationToken cancellationToken)
    {
        await using var buffer = TemporaryFile.Create("export");
        write(buffer);
        await storage.Reports.GetBlobClient(path).UploadWholeAsync(buffer, contentType, cancellationToken);
    }

    private static ExportTemplate LoadTemplate(string path)
    {
        using var stream = File.OpenRead(path);
        return ExportTemplate.Load(stream);
    }
}
