using System.Globalization;
using Microsoft.Extensions.Logging;
using Pipeline.Core.Model;
using Pipeline.Core.Reading;
using Pipeline.Core.Validation;
using Pipeline.Storage.Ingest;

namespace Pipeline.Storage.Participants;

/// <summary>
/// Loads a BPJS participant register export (CSV or workbook dropped into <c>reference/peserta/</c>) as the
/// new current snapshot. Rows are normalised with the same rules as village lists, so a NIK or a name is
/// compared in the same form on both sides; a row without KPJ is skipped and counted. Submitted people the export
/// shows with a covered status are confirmed by it (<see cref="Cohort.ConfirmationService.ConfirmByRegisterAsync"/>).
/// </summary>
public sealed class ParticipantRegisterService(
    ParticipantStore store,
    Cohort.ConfirmationService confirmations,
    RecordNormalizer normalizer,
    TimeProvider time,
    ILogger<ParticipantRegisterService> logger)
{
    /// <param name="Confirmed">Submitted people the export shows active: confirmed by the register.</param>
    public sealed record LoadOutcome(string SourcePath, string Status, int Participants, int Skipped, string? IssueCode, bool Unchanged, int Confirmed = 0);

    public async Task<LoadOutcome> LoadAsync(string sourcePath, Stream content, CancellationToken cancellationToken)
    {
        using var spool = await SpooledContent.CopyAsync(content, cancellationToken);
        var snapshotId = "s" + spool.Hash[..20];
        var current = await store.GetCurrentAsync(cancellationToken);
        if (current?.SnapshotId == snapshotId)
        {
            logger.LogInformation("Participant register {SnapshotId} is already current; skipped", snapshotId);
            return new LoadOutcome(sourcePath, "processed", current.Count, current.Skipped, null, Unchanged: true);
        }

        List<ParticipantEntity> participants;
        var skipped = 0;
        try
        {
            using var sheet = SpreadsheetReader.Open(spool.OpenRead(), Path.GetFileName(sourcePath), HeaderVocabulary.ParticipantRegister);
            participants = [];
            foreach (var row in sheet.Rows)
            {
                var kpj = Convert.ToString(row.Get(sheet.Layout, Field.Kpj), CultureInfo.InvariantCulture)?.Trim();
                if (string.IsNullOrEmpty(kpj))
                {
                    skipped++;
                    continue;
                }

                var record = normalizer.Normalize(row, sheet.Layout, UploadLocation.None);
                participants.Add(new ParticipantEntity
                {
                    PartitionKey = snapshotId,
                    RowKey = RecordId.PadRow(row.RowNumber),
                    Kpj = kpj,
                    Nik = record.Nik,
                    Name = record.Name,
                    NameKey = record.NameKey,
                    BirthDate = record.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Sex = record.Sex?.ToString(),
                    MembershipStatus = Convert.ToString(row.Get(sheet.Layout, Field.MembershipStatus), CultureInfo.InvariantCulture)?.Trim(),
                    SourceRow = row.RowNumber,
                });
            }
        }
        catch (FileRejectedException rejected)
        {
            // The previous snapshot stays in force: a broken export must not empty the register.
            logger.LogWarning("Participant register {SourcePath} rejected: {IssueCode}", sourcePath, rejected.Problem.Code);
            await store.RecordAttemptAsync(
                new RegisterPointerEntity
                {
                    SnapshotId = snapshotId, SourcePath = sourcePath, LoadedAt = time.GetUtcNow(),
                    Status = "failed", IssueCode = rejected.Problem.Code, Message = rejected.Problem.MessageId,
                },
                cancellationToken);
            return new LoadOutcome(sourcePath, "failed", 0, 0, rejected.Problem.Code, Unchanged: false);
        }

        var pointer = new RegisterPointerEntity
        {
            SnapshotId = snapshotId,
            SourcePath = sourcePath,
            Count = participants.Count,
            Skipped = skipped,
            LoadedAt = time.GetUtcNow(),
        };
        await store.ReplaceAsync(pointer, participants, cancellationToken);
        var confirmed = await confirmations.ConfirmByRegisterAsync(participants, cancellationToken);
        await store.RecordAttemptAsync(
            new RegisterPointerEntity { SnapshotId = snapshotId, SourcePath = sourcePath, Count = pointer.Count, Skipped = skipped, LoadedAt = pointer.LoadedAt },
            cancellationToken);
        logger.LogInformation("Participant register {SnapshotId} loaded: {Count} participants, {Skipped} rows without KPJ", snapshotId, participants.Count, skipped);
        return new LoadOutcome(sourcePath, "processed", participants.Count, skipped, null, Unchanged: false, confirmed);
    }
}
