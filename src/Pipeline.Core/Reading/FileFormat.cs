namespace Pipeline.Core.Reading;

/// <summary>What the first bytes of an upload say it is; the file name's extension is not trusted.</summary>
internal enum FileFormat
{
    Empty,
    Zip,
    Ole2,
    Text,
    NotSpreadsheet,
}
