using System.Text;
using System.Text.Json;
using Pipeline.Core.Model;

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
    /// <summary>The area figures, then one field per status code (<see cref="RecordStatuses"/>).</summary>
    private static readonly string[] AreaFields = ["listsThisWeek", "lists", "failedLists", "desa", "desaWithData"];

    private static readonly string[] Fields = [.. AreaFields, .. RecordStatuses.All.Select(s => s.Code)];

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
                foreach (var value in ((int[])[c.ListsThisWeek, c.Lists, c.FailedLists, c.Desa, c.DesaWithData]).Concat(RecordStatuses.All.Select(s => c.Statuses[s.Status])))
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
                ListsThisWeek = Get("listsThisWeek"), Lists = Get("lists"), FailedLists = Get("failedLists"),
                Desa = Get("desa"), DesaWithData = Get("desaWithData"),
                Statuses = StatusCounts.FromDictionary(RecordStatuses.All.Select(s => KeyValuePair.Create(s.Code, Get(s.Code)))),
            };
        }

        return new FiguresSnapshot(areas);
    }
}
