using Pipeline.Core.Matching;
using Pipeline.Core.Model;

namespace Pipeline.Core.Processing;

/// <summary>
/// Read and match in one call, for tools that hold the whole picture in memory (the benchmarks). Ingest calls
/// <see cref="ListReader"/> and <see cref="UploadMatcher"/> separately, because only matching needs the lease.
/// </summary>
public sealed class ListProcessor(ListReader reader, UploadMatcher matcher)
{
    /// <exception cref="Reading.FileRejectedException">The file as a whole cannot be read; nothing was processed.</exception>
    public ProcessedList Process(
        Stream content,
        string uploadPath,
        string uploadKey,
        UploadLocation location,
        PersonIndex persons,
        ParticipantIndex participants) =>
        matcher.Match(reader.Read(content, Path.GetFileName(uploadPath), location), uploadKey, uploadPath, persons, participants).List;
}
