using System.Text.Json;
using Pipeline.Core.Model;
using Pipeline.Core.Review;
using Pipeline.Core.Validation;
using Pipeline.Storage.Participants;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Review;

/// <summary>An audit entry as stored, and the sentence it reads as.</summary>
public sealed record AuditLine(AuditEntity Entry, string Sentence);

/// <summary>
/// The audit trail as a readable trail (<see cref="AuditSentences"/>): the entries of <see cref="AuditLog"/>, each with a
/// sentence that names the people and villages it concerns. The names are read now from Records and the register
/// (the Audit table keeps ids only); a record replaced since is named by its village and row.
/// </summary>
public sealed class AuditTrail(AuditLog log, RecordStore records, ParticipantStore participants, Gazetteer gazetteer)
{
    public async Task<IReadOnlyList<AuditLine>> ReadAsync(int take, string? action, string? target, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = new List<AuditLine>();
        foreach (var entry in await log.ReadAsync(take, action, target, cancellationToken))
        {
            lines.Add(new AuditLine(entry, await SentenceAsync(entry, names, cancellationToken)));
        }

        return lines;
    }

    private async Task<string> SentenceAsync(AuditEntity e, Dictionary<string, string> names, CancellationToken cancellationToken)
    {
        var actor = string.IsNullOrWhiteSpace(e.ActorName) ? e.Actor : e.ActorName;
        using var after = e.After is null ? null : JsonDocument.Parse(e.After);
        var facts = after?.RootElement;
        async Task<List<string>> Named(string property)
        {
            var list = new List<string>();
            if (facts is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(property, out var refs) && refs.ValueKind == JsonValueKind.Array)
            {
                foreach (var reference in refs.EnumerateArray())
                {
                    list.Add(await NameAsync(reference.GetString() ?? "", names, cancellationToken));
                }
            }

            return list;
        }

        if (e.Action.StartsWith("review.", StringComparison.Ordinal))
        {
            var kind = DecisionKindText.TryParse(Text(facts, "decision") ?? e.Action["review.".Length..], out var k) ? k : (DecisionKind?)null;
            return e.Action == "review.repeat" || kind is null
                ? AuditSentences.Repeat(actor, kind, await NameAsync(e.Target, names, cancellationToken), e.Why)
                : AuditSentences.Decision(actor, kind.Value, await Named("same"), await Named("different"), await Named("rejected"), e.Why);
        }

        return e.Action switch
        {
            "export.prepare" => AuditSentences.ExportPrepared(actor, e.Target, Number(facts, "people"), Number(facts, "pendingReviewRecords")),
            "export.release" => AuditSentences.ExportReleased(actor, e.Target, Number(facts, "people")),
            "role.assign" => AuditSentences.RoleAssigned(actor, e.Target, gazetteer.KecamatanName(Text(facts, "kecamatan") ?? "") ?? Text(facts, "kecamatan") ?? "-"),
            "role.remove" => AuditSentences.RoleRemoved(actor, e.Target),
            "summary.make" => AuditSentences.SummaryMade(actor, e.Target),
            "cohort.confirmation" => AuditSentences.ConfirmationApplied(actor, e.Target),
            _ when e.Action.StartsWith("cohort.", StringComparison.Ordinal) => AuditSentences.CohortChanged(actor, e.Action, e.Target, e.Why),
            "download.export" => AuditSentences.Downloaded(actor, $"daftar untuk BPJS {e.Target}"),
            "download.confirmation" => AuditSentences.Downloaded(actor, $"hasil konfirmasi BPJS {e.Target}"),
            "download.result" => AuditSentences.Downloaded(actor, $"hasil daftar {UploadOf(e.Target)}"),
            "download.summary" => AuditSentences.Downloaded(actor, $"ringkasan mingguan {e.Target}"),
            _ when e.Action.StartsWith("download.", StringComparison.Ordinal) => AuditSentences.Downloaded(actor, $"{e.Action["download.".Length..]} {Readable(e.Target)}"),
            _ => AuditSentences.Other(actor, e.Action, Readable(e.Target)),
        };
    }

    /// <summary>"NAMA (Desa baris N)" for a record, "peserta BPJS KPJ … (NAMA)" for a participant; never a table key.</summary>
    private async Task<string> NameAsync(string reference, Dictionary<string, string> names, CancellationToken cancellationToken)
    {
        if (names.TryGetValue(reference, out var known))
        {
            return known;
        }

        string name;
        if (!CandidateRef.TryParse(reference, out var member))
        {
            name = "data yang tidak dikenal";
        }
        else if (member.Kpj is { } kpj)
        {
            var participant = await participants.FindAsync(kpj, cancellationToken);
            name = $"peserta BPJS KPJ {kpj}" + (participant?.Name is { Length: > 0 } n ? $" ({n})" : "");
        }
        else
        {
            var id = member.Record!.Value;
            var row = SheetRows.Label(id.SourceRow);
            var record = await records.GetAsync(id, cancellationToken);
            name = record is null
                ? $"data {PlaceOf(id)} baris {row} (sudah diganti)"
                : $"{record.Name ?? "(tanpa nama)"} ({(record.DesaCode is null ? null : gazetteer.DesaName(record.DesaCode)) ?? PlaceOf(id)} baris {row})";
        }

        return names[reference] = name;
    }

    /// <summary>An upload by its desa and file name ("Aek Kanopan (daftar.xlsx)"), from its key.</summary>
    private string UploadOf(string uploadKey)
    {
        var path = Readable(uploadKey);
        return $"{PlaceOf(path)} ({path.Split('/').Last()})";
    }

    /// <summary>A table key as the text it encodes (a path, not <c>kualuh-hulu~2F…</c>); a shortened key stays as it is.</summary>
    private static string Readable(string key)
    {
        try
        {
            return TableKey.Decode(key);
        }
        catch (FormatException)
        {
            return key;
        }
    }

    private string PlaceOf(RecordId id) => TableKey.IsShortened(id.UploadKey) ? "berkas lain" : PlaceOf(Readable(id.UploadKey));

    /// <summary>The desa (or, failing that, the file name) of an upload, from its folders: what officials call it.</summary>
    private string PlaceOf(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var kecamatan = parts.Length >= 2 ? gazetteer.FindKecamatan(parts[0]) : null;
        return parts.Length >= 3 && gazetteer.FindDesa(parts[1], kecamatan?.Code) is { } desa ? desa.Name : parts.LastOrDefault() ?? "berkas lain";
    }

    private static string? Text(JsonElement? facts, string property) =>
        facts is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int Number(JsonElement? facts, string property) =>
        facts is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(property, out var value) && value.TryGetInt32(out var n) ? n : 0;
}
