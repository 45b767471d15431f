using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Core.Model;
using Pipeline.Core.Reading;
using Pipeline.Core.Validation;
using Pipeline.Storage.Cohort;
using Pipeline.Storage.Ingest;

namespace Pipeline.Storage.Participants;

/// <summary>
/// Loads a BPJS participant register export (CSV or workbook dropped into <c>reference/peserta/</c>) as the new
/// current snapshot. Rows are normalised with the same rules as village lists, so a NIK or a name is compared in
/// the same form on both sides. A row whose KPJ is not a KPJ (<see cref="KpjRule"/>) is reported and left out; a
/// NIK or a KPJ on several rows is reported and decided by its most recent row (<see cref="RegisterRows"/>). Submitted people
/// the export shows with a covered status are confirmed by it (<see cref="ConfirmationService.ConfirmByRegisterAsync"/>).
/// </summary>
/// <remarks>
/// The export streams in: rows are written in batches of <see cref="RegisterOptions.WriteBatchRows"/> beside the
/// snapshot in force (a new partition, one row per KPJ: <see cref="ParticipantStore.SnapshotIdOf"/>), and only the
/// participant index that matching needs is kept in memory, never the rows. When every row is in, the KPJs whose row
/// lost to a more recent row of its NIK are deleted, the pointer switches in one write, and the old partition is
/// deleted. A refused export changes nothing: the previous register stays in force.
/// </remarks>
public sealed class ParticipantRegisterService(
    ParticipantStore store,
    RecordNormalizer normalizer,
    ConfirmationService confirmations,
    IOptions<RegisterOptions> options,
    IOptions<ValidationOptions> validation,
    TimeProvider time,
    ILogger<ParticipantRegisterService> logger)
{
    /// <param name="rowsRead">Told the rows read so far every <see cref="RegisterOptions.ProgressEveryRows"/> rows and at the end (the CLI shows it).</param>
    public async Task<RegisterLoadOutcome> LoadAsync(string sourcePath, Stream content, CancellationToken cancellationToken, Action<int>? rowsRead = null)
    {
        using var spool = await SpooledContent.CopyAsync(content, cancellationToken);
        var snapshotId = ParticipantStore.SnapshotIdOf(spool.Hash);
        var current = await store.GetCurrentAsync(cancellationToken);
        if (current?.SnapshotId == snapshotId)
        {
            logger.LogInformation("Participant register {SnapshotId} is already current; skipped", snapshotId);
            return new RegisterLoadOutcome(sourcePath, "processed", current.Count, current.Skipped, null, Unchanged: true) { Previous = current };
        }

        var index = store.NewIndex();
        var rows = new RegisterRows(options.Value.EffectiveKpjLengths, index, validation.Value.EffectiveReferenceDate);
        var submitted = await confirmations.WatchSubmittedAsync(cancellationToken);
        try
        {
            await StreamAsync(sourcePath, snapshotId, spool, rows, submitted, rowsRead, cancellationToken);
        }
        catch (FileRejectedException rejected)
        {
            return await RefuseAsync(sourcePath, snapshotId, rejected.Problem, rows, current, cancellationToken);
        }

        if (index.Count == 0)
        {
            await store.DeleteSnapshotAsync(snapshotId, cancellationToken);
            return await RefuseAsync(sourcePath, snapshotId, IssueCatalog.RegisterNoValidKpj, rows, current, cancellationToken);
        }

        rows.ReportDuplicates();
        await store.DeleteAsync(snapshotId, rows.KpjsToDelete, cancellationToken);
        var pointer = new RegisterPointerEntity
        {
            SnapshotId = snapshotId,
            SourcePath = sourcePath,
            Count = index.Count,
            Skipped = rows.Skipped,
            RowsRead = rows.RowsRead,
            DuplicateNiks = rows.DuplicateNiks,
            DuplicateKpjs = rows.DuplicateKpjs,
            Problems = RegisterPointerEntity.Join(rows.Problems),
            LoadedAt = time.GetUtcNow(),
        };
        await store.SwitchAsync(pointer, index, cancellationToken);
        await store.RecordAttemptAsync(pointer.AsAttempt(), cancellationToken);
        submitted.Drop(rows.Superseded);
        var confirmed = await confirmations.ConfirmByRegisterAsync(submitted, cancellationToken);
        logger.LogInformation(
            "Participant register {SnapshotId} loaded: {Count} participants of {Rows} rows, {Skipped} rows without a valid KPJ, {DuplicateNiks} NIKs and {DuplicateKpjs} KPJs on several rows",
            snapshotId, index.Count, rows.RowsRead, rows.Skipped, rows.DuplicateNiks, rows.DuplicateKpjs);
        return new RegisterLoadOutcome(sourcePath, "processed", index.Count, rows.Skipped, null, Unchanged: false)
        {
            RowsRead = rows.RowsRead, DuplicateNiks = rows.DuplicateNiks, DuplicateKpjs = rows.DuplicateKpjs, Problems = rows.Problems, Previous = current,
            Confirmed = confirmed,
        };
    }

    private async Task StreamAsync(
        string sourcePath, string snapshotId, SpooledContent spool, RegisterRows rows, SubmittedWatch submitted, Action<int>? rowsRead, CancellationToken cancellationToken)
    {
        using var sheet = SpreadsheetReader.Open(spool.OpenRead(), Path.GetFileName(sourcePath), HeaderVocabulary.ParticipantRegister);
        // By KPJ: a more recent row of a KPJ already in the batch takes its place (a transaction holds a row key once).
        var batch = new Dictionary<string, ParticipantEntity>(options.Value.WriteBatchRows, StringComparer.Ordinal);

        // One batch is written while the next is read: the emulator and the service are the slow side, and reading
        // waits for them only when it is a whole batch ahead.
        var writing = Task.CompletedTask;
        try
        {
            foreach (var row in sheet.Rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var kpj = rows.ReadKpj(row, sheet.Layout);
                if (rows.RowsRead % options.Value.ProgressEveryRows == 0)
                {
                    rowsRead?.Invoke(rows.RowsRead);
                }

                if (kpj is null)
                {
                    continue;
                }

                var record = normalizer.Normalize(row, sheet.Layout, UploadLocation.None);
                var entity = new ParticipantEntity
                {
                    PartitionKey = snapshotId,
                    RowKey = kpj,
                    Kpj = kpj,
                    Nik = record.Nik,
                    Name = record.Name,
                    NameKey = record.NameKey,
                    BirthDate = record.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Sex = record.Sex?.ToString(),
                    MembershipStatus = Convert.ToString(row.Get(sheet.Layout, Field.MembershipStatus), CultureInfo.InvariantCulture)?.Trim(),
                    SourceRow = row.RowNumber,
                };
                submitted.Offer(row.RowNumber, kpj, entity.Nik, entity.MembershipStatus);
                if (!rows.Add(row, sheet.Layout, ParticipantStore.ToParticipant(entity)))
                {
                    continue;
                }

                // Batches are written one after another, so a KPJ's later row always lands after its earlier one.
                batch[kpj] = entity;
                if (batch.Count == options.Value.WriteBatchRows)
                {
                    await writing;
                    writing = store.WriteAsync([.. batch.Values], cancellationToken);
                    batch = new Dictionary<string, ParticipantEntity>(options.Value.WriteBatchRows, StringComparer.Ordinal);
                }
            }
        }
        catch
        {
            // A refused file stops here; the batch in flight is finished (or failed) before the refusal is handled.
            await writing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        await writing;
        await store.WriteAsync([.. batch.Values], cancellationToken);
        rowsRead?.Invoke(rows.RowsRead);
    }

    /// <summary>The previous snapshot stays in force: a broken export must not empty or poison the register.</summary>
    private async Task<RegisterLoadOutcome> RefuseAsync(
        string sourcePath, string snapshotId, IssueDefinition problem, RegisterRows rows, RegisterPointerEntity? current, CancellationToken cancellationToken)
    {
        logger.LogWarning("Participant register {SourcePath} refused: {IssueCode}; the previous register stays in force", sourcePath, problem.Code);
        await store.DeleteSnapshotAsync(snapshotId, cancellationToken);
        await store.RecordAttemptAsync(
            new RegisterPointerEntity
            {
                SnapshotId = snapshotId, SourcePath = sourcePath, LoadedAt = time.GetUtcNow(), RowsRead = rows.RowsRead, Skipped = rows.Skipped,
                Status = "failed", IssueCode = problem.Code, Message = problem.MessageId, Problems = RegisterPointerEntity.Join(rows.Problems),
            },
            cancellationToken);
        return new RegisterLoadOutcome(sourcePath, "failed", 0, rows.Skipped, problem.Code, Unchanged: false)
        {
            RowsRead = rows.RowsRead, Problems = rows.Problems, Previous = current,
        };
    }
}
