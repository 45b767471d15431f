using System.Globalization;
using System.Text;

namespace Pipeline.Samples;

/// <summary>
/// A BPJS Ketenagakerjaan participant export (KPJ;NIK;NAMA_PESERTA;TGL_LAHIR;STATUS_KEPESERTAAN) of invented people
/// from every kecamatan, with a few people who also appear in the village lists so that matching has work to do.
/// </summary>
internal sealed class ParticipantRegisterSample(PersonFactory people)
{
    private static readonly string[] KecamatanCodes = ["122301", "122302", "122303", "122304", "122305", "122306", "122307", "122308"];

    /// <param name="alsoInVillageLists">People copied as they are; each with its register spelling of the name.</param>
    public void Write(string path, int total, IReadOnlyList<(Person Person, string RegisterName)> alsoInVillageLists)
    {
        var entries = Enumerable.Range(0, total - alsoInVillageLists.Count)
            .Select(_ => people.Create(people.Pick(KecamatanCodes), "Labuhanbatu Utara", minAge: 18, maxAge: 64))
            .Select(person => (Person: person, RegisterName: person.Name))
            .ToList();
        for (var index = 0; index < alsoInVillageLists.Count; index++)
        {
            entries.Insert(17 + (index * 41), alsoInVillageLists[index]);
        }

        var rows = new List<IReadOnlyList<string?>> { new[] { "KPJ", "NIK", "NAMA_PESERTA", "TGL_LAHIR", "STATUS_KEPESERTAAN" } };
        rows.AddRange(entries.Select(entry => new[]
        {
            string.Create(CultureInfo.InvariantCulture, $"2501{people.Random.Next(1_000_000, 9_999_999)}"),
            entry.Person.Nik,
            entry.RegisterName.ToUpperInvariant(),
            IndonesianDates.DayMonthYear(entry.Person.BirthDate),
            people.Random.Next(5) == 0 ? "NON AKTIF" : "AKTIF",
        }));

        SemicolonCsv.Write(path, rows, new UTF8Encoding(false));
    }
}
