namespace Pipeline.Core.Reading.Ods;

/// <summary>The OpenDocument namespaces the reader tells apart (element local names repeat across them).</summary>
internal static class OdsNames
{
    public const string Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    public const string Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    public const string Style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    public const string Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    public const string CalcExtension = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";
    public const string MimeType = "application/vnd.oasis.opendocument.spreadsheet";
}
