using System.Globalization;
using Pipeline.Core.Model;

namespace Pipeline.Samples;

/// <summary>
/// Builds NIKs the way Dukcapil does: 6-digit kecamatan code, birth date as DDMMYY with 40 added to the day for
/// women, then a 4-digit serial. Serials count per kecamatan and birth date, as Dukcapil's do, so every generated
/// NIK is unique and a 50,000-row list never runs past serial 9999.
/// </summary>
internal sealed class NikBuilder
{
    private readonly Dictionary<string, int> _serials = new();

    public string Next(string kecamatanCode, DateOnly birthDate, Sex sex)
    {
        var day = birthDate.Day + (sex == Sex.P ? 40 : 0);
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{kecamatanCode}{day:00}{birthDate.Month:00}{birthDate.Year % 100:00}");
        var serial = _serials[prefix] = _serials.GetValueOrDefault(prefix) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{serial:0000}");
    }

    public string NextFamilyCard(string kecamatanCode, Random random)
    {
        var issued = new DateOnly(2005, 1, 1).AddDays(random.Next(0, 7000));
        return string.Create(CultureInfo.InvariantCulture, $"{kecamatanCode}{issued:ddMMyy}{random.Next(1, 9999):0000}");
    }
}
