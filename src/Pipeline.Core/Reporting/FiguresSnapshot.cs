using System.Text;
using System.Text.Json;

namespace Pipeline.Core.Reporting;

/// <summary>
/// The counts of every area at one moment: what a Summaries row keeps of a week, so the next week's change
/// and the trend compare against what was reported then, even after lists were re-uploaded.
/// </summary>
/// <remarks>
/// Stored as compact JSON, one array of numbers per area under a list of field names
/// (<c>{"fields":["listsThisWeek",…],"areas":{"1223":[3,4,…],…}}</c>): about 5 KB for the 99 areas, well under
/// a table property's 64 KB, and still readable when a field is added later (fields are matched by name).
/// </remarks>
public sealed class FiguresSnapshot
{
    private static readonly string[] Fields =
        ["listsThisWeek", "lists", "failedLists", "rows", "new", "duplicate", "enrolled", "review", "rejected", "ineligible", "desa", "desaWithData"];

    private readonly Dictionary<string, AreaCounts> _areas;

    public FiguresSnapshot(IReadOnlyDictionary<string, AreaCounts> areas) =>
        this._areas = new Dictionary<string, AreaCounts>(areas, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, AreaCounts> Areas => _areas;

    public AreaCounts this[string areaKey] => _areas.GetValueOrDefault(areaKey) ?? AreaCounts.Empty;

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("fields");
            foreach (var field in Fields)
            {
                json.WriteStringValue(field);
            }

            json.WriteEndArray();
            json.WriteStartObject("areas");
            foreach (var (key, c) in _areas.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                json.WriteStartArray(key);
                foreach (var value in (int[])[c.ListsThisWeek, c.Lists, c.FailedLists, c.Rows, c.New, c.Duplicate, c.Enrolled, c.Review, c.Rejected, c.Ineligible, c.Desa, c.DesaWithData])
                {
                    json.WriteNumberValue(value);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static FiguresSnapshot FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var fields = document.RootElement.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!).ToList();
        var areas = new Dictionary<string, AreaCounts>(StringComparer.Ordinal);
        foreach (var area in document.RootElement.GetProperty("areas").EnumerateObject())
        {
            var values = area.Value.EnumerateArray().Select(v => v.GetInt32()).ToArray();
            int Get(string name) => fields.IndexOf(name) is var i and >= 0 && i < values.Length ? values[i] : 0;
            areas[area.Name] = new AreaCounts
            {
                ListsThisWeek = Get("listsThisWeek"), Lists = Get("lists"), FailedLists = Get("failedLists"), Rows = Get("rows"),
                New = Get("new"), Duplicate = Get("duplicate"), Enrolled = Get("enrolled"), Review = Get("review"),
                Rejected = Get("rejected"), Ineligible = Get("ineligible"), Desa = Get("desa"), DesaWithData = Get("desaWithData"),
            };
        }

        return new FiguresSnapshot(areas);
    }
}
