using Pipeline.Core.Model;

namespace Pipeline.Core.Processing;

/// <summary>A data row as read (for the result workbook) beside what the pipeline made of it.</summary>
public sealed record ProcessedRow(SourceRow Source, WorkerRecord Record);
