using System.IO.Compression;
using System.Text;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;

namespace Pipeline.Storage.Index;

/// <summary>
/// The bytes of an <see cref="IndexDelta"/>: one format for journal entries (one ingest's change) and snapshots
/// (every upload, as one big replacement), gzip-compressed binary, read upload by upload so that loading a
/// million records never holds them all as objects at once.
/// </summary>
/// <remarks>
/// Layout: magic, format, upload count; per upload its key, path, whether it is known, and its records (sheet
/// row, person id, status, then the match fields); then the status changes. About 40 bytes per record compressed.
/// </remarks>
public static class IndexDeltaCodec
{
    private const int Magic = 0x31445850; // "PXD1"
    private const int Format = 1;

    /// <param name="uploadCount">How many <paramref name="uploads"/> there are: they may be produced one by one as written.</param>
    public static void Write(Stream destination, int uploadCount, IEnumerable<UploadReplacement> uploads, IReadOnlyCollection<StatusChange> statusChanges)
    {
        using var gzip = new GZipStream(destination, CompressionLevel.Fastest, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Format);
        writer.Write(uploadCount);
        var written = 0;
        foreach (var upload in uploads)
        {
            written++;
            writer.Write(upload.UploadKey);
            writer.Write(upload.UploadPath);
            writer.Write(upload.Records is not null);
            if (upload.Records is null)
            {
                continue;
            }

            writer.Write(upload.Records.Count);
            foreach (var record in upload.Records)
            {
                writer.Write(record.RecordId.SourceRow);
                writer.Write(record.PersonId);
                writer.Write((byte)record.Status);
                WriteFields(writer, record.Fields);
            }
        }

        if (written != uploadCount)
        {
            throw new InvalidOperationException("The upload count written differs from the uploads given.");
        }

        writer.Write(statusChanges.Count);
        foreach (var change in statusChanges)
        {
            writer.Write(change.RecordId.UploadKey);
            writer.Write(change.RecordId.SourceRow);
            writer.Write((byte)change.Status);
        }
    }

    public static byte[] ToBytes(IndexDelta delta)
    {
        using var buffer = new MemoryStream();
        Write(buffer, delta.Uploads.Count, delta.Uploads, delta.StatusChanges);
        return buffer.ToArray();
    }

    /// <summary>Hands each upload and status change to the caller as it is read.</summary>
    /// <exception cref="InvalidDataException">Not a delta of this format.</exception>
    public static void Read(Stream source, Action<UploadReplacement> upload, Action<StatusChange> statusChange)
    {
        using var gzip = new GZipStream(source, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Format)
        {
            throw new InvalidDataException("Not a person index delta of format 1.");
        }

        var uploads = reader.ReadInt32();
        for (var u = 0; u < uploads; u++)
        {
            var key = reader.ReadString();
            var path = reader.ReadString();
            if (!reader.ReadBoolean())
            {
                upload(new UploadReplacement(key, path, null));
                continue;
            }

            var count = reader.ReadInt32();
            var records = new List<KnownRecord>(count);
            for (var r = 0; r < count; r++)
            {
                var row = reader.ReadInt32();
                var personId = reader.ReadString();
                var status = (RecordStatus)reader.ReadByte();
                records.Add(new KnownRecord(new RecordId(key, row), personId, path, ReadFields(reader), status));
            }

            upload(new UploadReplacement(key, path, records));
        }

        var changes = reader.ReadInt32();
        for (var c = 0; c < changes; c++)
        {
            statusChange(new StatusChange(new RecordId(reader.ReadString(), reader.ReadInt32()), (RecordStatus)reader.ReadByte()));
        }
    }

    public static IndexDelta FromBytes(BinaryData data)
    {
        var uploads = new List<UploadReplacement>();
        var changes = new List<StatusChange>();
        using var stream = data.ToStream();
        Read(stream, uploads.Add, changes.Add);
        return new IndexDelta(uploads, changes);
    }

    private static void WriteFields(BinaryWriter writer, MatchFields fields)
    {
        WriteText(writer, fields.Nik);
        WriteText(writer, fields.NameKey ?? fields.Name);
        writer.Write(fields.BirthDate is { } date ? date.DayNumber + 1 : 0);
        writer.Write(fields.Sex is { } sex ? (byte)(sex + 1) : (byte)0);
        WriteText(writer, fields.DesaCode);
        WriteText(writer, fields.Phone);
    }

    private static MatchFields ReadFields(BinaryReader reader)
    {
        var nik = ReadText(reader);
        var nameKey = ReadText(reader);
        var birth = reader.ReadInt32();
        var sex = reader.ReadByte();
        return new MatchFields(
            nik, null, nameKey, birth == 0 ? null : DateOnly.FromDayNumber(birth - 1), sex == 0 ? null : (Sex)(sex - 1),
            ReadText(reader), ReadText(reader));
    }

    private static void WriteText(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    private static string? ReadText(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
