using Azure.Data.Tables;
using Pipeline.Core.Model;
using Pipeline.Core.Processing;
using Pipeline.Storage.Ingest;

namespace Pipeline.Storage.Tables;

/// <summary>
/// The secondary indexes of <c>Records</c>, one table per thing a record is found by (<c>RecordsByNik</c>,
/// <c>RecordsByName</c>, <c>RecordsByPerson</c>, and <c>RecordsByKpj</c> for the rows that carry a KPJ): one key row per
/// record, so the administrators' NIK and name search, a person's listings and the person of a register participant
/// are a range read of one partition and a point read per hit, never a scan of <c>Records</c>.
/// </summary>
/// <remarks>
/// <para>A key row is only a pointer: partition <c>nik</c>, <c>name</c>, <c>person</c> or <c>kpj</c> (one per table); row key the value
/// (<see cref="TableKey.Encode"/>d), <c>!</c> and the record id, which is also its one column. It is written with the record (upserts: a repeated
/// write is the same row) and never trusted alone: every hit is read from <c>Records</c> and kept only while the record
/// still carries the value. So a row deleted by a new version of its file, or a listing a decision gave to another
/// person, leaves a stale pointer that reads skip, never a wrong answer; and no write path has to delete pointers.</para>
/// <para>Cost: three small entities per stored row (about three more transactions per 100 rows), and a fourth for the
/// few rows with a KPJ (enrolled, reactivate, funded ...), written by ingest after the matching lease, beside the result
/// workbook; a row that gains a KPJ later (a promotion, the cohort, a decision) gets its pointer where it is written.
/// Stale pointers stay. A table per kind rather than a partition
/// per kind in one table: the same requests on Table Storage, and on Azurite, which keeps each table's key indexes as
/// sorted arrays and filters a query over the whole table, every insert and every search costs a third. See docs/scale.md.</para>
/// </remarks>
public sealed partial class RecordStore
{
    /// <summary>Sorts below every character a value's encoding uses, so "budi" ends before "budi siregar" begins.</summary>
    private const char LookupSeparator = '!';

    /// <summary>The pointer's one column: the record id (the row key, past the value, is only there to be unique).</summary>
    private const string RecordColumn = "Record";

    /// <summary>Point reads in flight at once (search hits, a confirmation's listings).</summary>
    private const int PointReadsInFlight = 8;

    /// <summary>
    /// A page of records whose NIK starts with <paramref name="nikPrefix"/> (all 16 digits: that NIK), in NIK order, that
    /// also pass <paramref name="keep"/>; <c>Next</c> continues after the last pointer read.
    /// </summary>
    public Task<(IReadOnlyList<RecordEntity> Items, string? Next)> FindByNikAsync(
        string nikPrefix, Func<RecordEntity, bool> keep, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        FindAsync(LookupKind.Nik, nikPrefix, exact: nikPrefix.Length == 16, e => e.Nik?.StartsWith(nikPrefix, StringComparison.Ordinal) == true && keep(e), pageSize, continuation, cancellationToken);

    /// <summary>A page of records whose name match key starts with <paramref name="keyPrefix"/>, in key order, that also pass <paramref name="keep"/>.</summary>
    public Task<(IReadOnlyList<RecordEntity> Items, string? Next)> FindByNameKeyAsync(
        string keyPrefix, Func<RecordEntity, bool> keep, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        FindAsync(LookupKind.Name, keyPrefix, exact: false, e => e.NameKey?.StartsWith(keyPrefix, StringComparison.Ordinal) == true && keep(e), pageSize, continuation, cancellationToken);

    /// <summary>Every listing of one person, from the person's pointers (a person has a handful).</summary>
    public async Task<IReadOnlyList<RecordEntity>> ListingsOfPersonAsync(PersonId personId, CancellationToken cancellationToken)
    {
        var id = personId.ToString();
        return await ReadHitsAsync(await PointedAsync(LookupKind.Person, id, cancellationToken), e => e.PersonId == id, cancellationToken);
    }

    /// <summary>
    /// The person id a register participant's listings carry, if any stored row carries the KPJ (enrolled, reactivate,
    /// funded ...): the KPJ's pointers (a handful) and a point read each; the first in record id order that still
    /// carries the KPJ and a person id.
    /// </summary>
    public async Task<PersonId?> PersonIdOfParticipantAsync(string kpj, CancellationToken cancellationToken)
    {
        var carriers = await ReadHitsAsync(
            await PointedAsync(LookupKind.Kpj, kpj, cancellationToken), e => e.Kpj == kpj && PersonId.ParseOrNull(e.PersonId) is not null, cancellationToken);
        return carriers.Count == 0 ? null : PersonId.Parse(carriers[0].PersonId!);
    }

    /// <summary>
    /// Writes the pointers of an upload's rows as ingest stored them. Outside the matching lease, beside the result
    /// workbook: reads check every pointer against <c>Records</c>, so they need no order with the rows, and an upload
    /// whose pointers were not all written is still <c>processing</c> and is ingested again.
    /// </summary>
    public Task WriteLookupsAsync(UploadIdentity upload, ProcessedList list, CancellationToken cancellationToken) =>
        SubmitLookupsAsync(
            list.Rows.SelectMany(r => LookupsOf(new RecordId(upload.Key, r.Record.SourceRow), r.Record.Nik, r.Record.NameKey, r.Record.PersonId, r.Record.Kpj)),
            cancellationToken);

    /// <summary>
    /// A stored row's pointers, one per thing it is found by that it has: its NIK, its name match key, its person id,
    /// its KPJ (public for the benchmark that seeds a million rows as ingest would have written them).
    /// </summary>
    public static IEnumerable<TableEntity> LookupsOf(RecordEntity row) => LookupsOf(RecordMapper.IdOf(row), row.Nik, row.NameKey, row.PersonId, row.Kpj);

    /// <summary>
    /// After a stored row was written again (a promotion, the cohort following a confirmation): the KPJ pointer of a
    /// KPJ it did not carry before. None for most rows; the person pointer is <see cref="WriteListingsAsync"/>'s.
    /// </summary>
    private static IEnumerable<TableEntity> KpjLookupsGained(RecordEntity before, RecordEntity after) =>
        string.IsNullOrEmpty(after.Kpj) || after.Kpj == before.Kpj ? [] : LookupsOf(RecordMapper.IdOf(after), null, null, null, after.Kpj);

    private static IEnumerable<TableEntity> LookupsOf(RecordId record, string? nik, string? nameKey, string? personId, string? kpj)
    {
        var id = record.ToString();
        foreach (var (kind, value) in new[] { (LookupKind.Nik, nik), (LookupKind.Name, nameKey), (LookupKind.Person, personId), (LookupKind.Kpj, kpj) })
        {
            if (!string.IsNullOrEmpty(value))
            {
                yield return new TableEntity(PartitionOf(kind), TableKey.Encode(value) + LookupSeparator + TableKey.Encode(id, 400)) { [RecordColumn] = id };
            }
        }
    }

    /// <summary>Pointers upserted, each kind into its table (transactions of one partition each), the tables side by side.</summary>
    private Task SubmitLookupsAsync(IEnumerable<TableEntity> pointers, CancellationToken cancellationToken) =>
        Task.WhenAll(pointers.GroupBy(p => p.PartitionKey, StringComparer.Ordinal)
            .Select(kind => BatchWriter.SubmitAsync(storage.Table(TableNameOf(kind.Key)), kind, TableTransactionActionType.UpsertReplace, cancellationToken)));

    /// <summary>The table that holds one kind of pointer (a pointer's partition names its kind).</summary>
    public static string TableNameOf(string pointerPartition) => pointerPartition switch
    {
        "nik" => StorageNames.RecordsByNikTable,
        "name" => StorageNames.RecordsByNameTable,
        "kpj" => StorageNames.RecordsByKpjTable,
        "person" => StorageNames.RecordsByPersonTable,
        _ => throw new ArgumentOutOfRangeException(nameof(pointerPartition), pointerPartition, "Not a kind of lookup pointer."),
    };

    private TableClient LookupsOf(LookupKind kind) => storage.Table(TableNameOf(PartitionOf(kind)));

    private async Task<(IReadOnlyList<RecordEntity> Items, string? Next)> FindAsync(
        LookupKind kind, string prefix, bool exact, Func<RecordEntity, bool> keep, int pageSize, string? continuation, CancellationToken cancellationToken)
    {
        var (from, to) = Range(kind, prefix, exact);
        var hits = new List<RecordId>();
        string? next = null;
        await foreach (var page in LookupsOf(kind).QueryAsync<TableEntity>(PointerFilter(kind, from, to), maxPerPage: pageSize, select: [RecordColumn], cancellationToken: cancellationToken)
                           .AsPages(continuation, pageSize))
        {
            hits.AddRange(page.Values.Select(RecordOf).OfType<RecordId>());
            next = page.ContinuationToken;
            break;
        }

        return (await ReadHitsAsync(hits, keep, cancellationToken), next);
    }

    /// <summary>The records every pointer of one exact value names (a person's, a KPJ's: a handful), in pointer order.</summary>
    private async Task<List<RecordId>> PointedAsync(LookupKind kind, string value, CancellationToken cancellationToken)
    {
        var (from, to) = Range(kind, value, exact: true);
        var hits = new List<RecordId>();
        await foreach (var pointer in LookupsOf(kind).QueryAsync<TableEntity>(PointerFilter(kind, from, to), select: [RecordColumn], cancellationToken: cancellationToken))
        {
            if (RecordOf(pointer) is { } record)
            {
                hits.Add(record);
            }
        }

        return hits;
    }

    /// <summary>The records the pointers name, as stored now, in pointer order; gone ones and ones that no longer fit are left out.</summary>
    private async Task<IReadOnlyList<RecordEntity>> ReadHitsAsync(IReadOnlyList<RecordId> hits, Func<RecordEntity, bool> keep, CancellationToken cancellationToken)
    {
        var read = await GetManyAsync(hits, cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return read.OfType<RecordEntity>().Where(e => keep(e) && seen.Add(e.PartitionKey + "/" + e.RowKey)).ToList();
    }

    private static (string From, string To) Range(LookupKind kind, string prefix, bool exact)
    {
        var from = TableKey.Encode(prefix) + (exact ? LookupSeparator.ToString() : "");
        return (from, from + '\uffff');
    }

    private static string PointerFilter(LookupKind kind, string from, string to) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {PartitionOf(kind)} and RowKey ge {from} and RowKey lt {to}");

    private static RecordId? RecordOf(TableEntity pointer) =>
        RecordId.TryParse(pointer.GetString(RecordColumn), out var id) ? id : null;

    private static string PartitionOf(LookupKind kind) => kind switch
    {
        LookupKind.Nik => "nik",
        LookupKind.Name => "name",
        LookupKind.Kpj => "kpj",
        _ => "person",
    };

    private enum LookupKind
    {
        Nik,
        Name,
        Person,
        Kpj,
    }
}
