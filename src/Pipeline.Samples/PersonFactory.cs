using Pipeline.Core.Model;

namespace Pipeline.Samples;

/// <summary>
/// Invents people with the Batak, Malay and Javanese names common in Labuhanbatu Utara. Seeded, so regenerating
/// the samples gives the same people (CSV files byte for byte; workbooks differ only in their saved timestamps).
/// </summary>
internal sealed class PersonFactory(int seed)
{
    private static readonly string[] Surnames =
        ["Siregar", "Harahap", "Ritonga", "Nasution", "Sitorus", "Simanjuntak", "Lubis", "Daulay", "Hasibuan", "Pane", "Sinaga", "Rambe", "Munthe", "Tanjung"];

    private static readonly string[] MaleGivenNames =
        ["Rahmat", "Ahmad", "Hendra", "Darwin", "Syahrul", "Zulkifli", "Amran", "Irwan", "Poltak", "Torang", "Bonar", "Ridwan", "Faisal", "Abdul Rahman", "Zainal", "Nurdin", "Muhammad Yusuf", "Mhd. Ilham", "M. Arif"];

    private static readonly string[] FemaleGivenNames =
        ["Siti", "Sri", "Nurhayati", "Rosmawati", "Juliana", "Fitri", "Rina", "Dewi", "Masniari", "Rusmini", "Nurjannah", "Erna", "Siti Aminah", "Sri Rahayu"];

    private static readonly string[] JavaneseMale = ["Wagiman", "Sutrisno", "Suparman", "Sugiono", "Slamet", "Paijo", "Ngadiman", "Sukirno"];

    private static readonly string[] JavaneseFemale = ["Sumarni", "Suyatmi", "Ngatini", "Tukiyem", "Sri Wahyuni", "Painem", "Sulastri"];

    private static readonly string[] Occupations =
        ["Petani", "Petani sawit", "Penyadap karet", "Nelayan", "Buruh harian lepas", "Pedagang kecil", "Buruh tani", "Tukang ojek", "Pedagang sayur"];

    private static readonly string[] PhonePrefixes = ["0812", "0813", "0821", "0822", "0852", "0853", "0877", "0881"];

    private readonly Random _random = new(seed);
    private readonly NikBuilder _niks = new();

    public Random Random => _random;

    public Person Create(string kecamatanCode, string desaName, int minAge = 20, int maxAge = 60, Sex? sex = null, string? name = null)
    {
        var chosenSex = sex ?? (_random.Next(2) == 0 ? Sex.L : Sex.P);
        var birthDate = new DateOnly(2025, 11, 1).AddYears(-_random.Next(minAge, maxAge + 1)).AddDays(-_random.Next(0, 365));
        return new Person(
            name ?? CreateName(chosenSex),
            chosenSex,
            birthDate,
            Pick(["Aek Kanopan", "Rantauprapat", "Kisaran", "Tanjung Leidong", "Damuli", "Aek Kota Batu", "Medan", desaName]),
            kecamatanCode,
            _niks.Next(kecamatanCode, birthDate, chosenSex),
            _niks.NextFamilyCard(kecamatanCode, _random),
            $"Dusun {_random.Next(1, 8)} {desaName}",
            Pick(Occupations),
            $"{Pick(PhonePrefixes)}{_random.Next(10_000_000, 99_999_999)}");
    }

    private string CreateName(Sex sex)
    {
        if (_random.Next(4) == 0)
        {
            return Pick(sex == Sex.L ? JavaneseMale : JavaneseFemale);
        }

        var given = Pick(sex == Sex.L ? MaleGivenNames : FemaleGivenNames);
        var title = _random.Next(12) == 0 ? (sex == Sex.L ? "H. " : "Hj. ") : string.Empty;
        return $"{title}{given} {Pick(Surnames)}";
    }

    public string Pick(string[] options) => options[_random.Next(options.Length)];
}
