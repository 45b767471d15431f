using System.Xml;

namespace Pipeline.Core.Reading.Xlsx;

/// <summary>
/// The relationships of one package part (<c>_rels/*.rels</c>): id to type and resolved part name. Types are matched
/// by their last segment, which Transitional ("http://schemas.openxmlformats.org/...") and Strict
/// ("http://purl.oclc.org/ooxml/...") Open XML share.
/// </summary>
internal sealed class XlsxRelationships
{
    private readonly Dictionary<string, (string Type, string Target)> _byId = new(StringComparer.Ordinal);

    public static XlsxRelationships Read(PackageParts parts, string sourcePart)
    {
        var relationships = new XlsxRelationships();
        var directory = DirectoryOf(sourcePart);
        var relsName = (directory.Length == 0 ? "" : directory + "/") + "_rels/" + FileOf(sourcePart) + ".rels";
        using var reader = parts.OpenXml(relsName);
        if (reader is null)
        {
            return relationships;
        }

        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" &&
                reader.GetAttribute("Id") is { } id && reader.GetAttribute("Target") is { } target &&
                reader.GetAttribute("TargetMode") is not "External")
            {
                relationships._byId.TryAdd(id, (LastSegment(reader.GetAttribute("Type") ?? ""), Resolve(directory, target)));
            }
        }

        return relationships;
    }

    public string? TargetOf(string id) => _byId.TryGetValue(id, out var relationship) ? relationship.Target : null;

    /// <summary>The first target of a type, by the type's last segment ("officeDocument", "sharedStrings", "styles").</summary>
    public string? FirstOfType(string typeName) =>
        _byId.Values.Where(r => string.Equals(r.Type, typeName, StringComparison.OrdinalIgnoreCase)).Select(r => r.Target).FirstOrDefault();

    private static string LastSegment(string type) => type[(type.LastIndexOf('/') + 1)..];

    private static string DirectoryOf(string part) => part.Contains('/') ? part[..part.LastIndexOf('/')] : "";

    private static string FileOf(string part) => part[(part.LastIndexOf('/') + 1)..];

    /// <summary>A target relative to the source's folder ("worksheets/sheet1.xml", "../xl/x.xml") or absolute ("/xl/x.xml").</summary>
    private static string Resolve(string directory, string target)
    {
        target = Uri.UnescapeDataString(target.Replace('\\', '/'));
        var segments = new List<string>();
        if (!target.StartsWith('/') && directory.Length > 0)
        {
            segments.AddRange(directory.Split('/'));
        }

        foreach (var segment in target.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }
}
