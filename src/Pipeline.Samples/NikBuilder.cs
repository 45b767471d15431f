using System.Globalization;
using Pipeline.Core.Model;

namespace Pipeline.Samples;

/// <summary>
/// Builds NIKs the way Dukcapil does: 6-digit kecamatan code, birth date as DDMMYY with 40 added to the day for
/// women, then a 4-digit serial. Serials count per kecamatan so that every generated NIK is unique.
/// </summary>
internal sealed class NikBuilder
{
    private readonly Dictionary<string, int> _serials = new();

    public string Next(string kecamatanCode, DateOnly birthDate, Sex sex)
    {
        var day = birthDate.Day + (sex == Sex.P ? 40 : 0);
        var serial = _serials[kecamatanCode] = _serials.GetValueOrDefault(kecamatanCode) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{kecamatanCode}{day:00}{birthDate.Month:00}{birthDate.Year % 100:00}{serial:0000}");
    }

    public string NextFamilyCard(string kecamatanCode, Random random)
    {
        var issued = new DateOnly(2005, 1, 1).AddDays(random.Next(0, 7000));
        return string.Create(CultureInfo.InvariantCulture, $"{kecamatanCode}{issued:ddMMyy}{random.Next(1, 9999):0000}");
    }
}
