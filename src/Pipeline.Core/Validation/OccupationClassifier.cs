namespace Pipeline.Core.Validation;

/// <summary>
/// Maps the free-text occupation ("Petani Karet", "BHL", "tukang becak", "Penderes") to a category code.
/// </summary>
/// <remarks>
/// Rules are tried in order and the first whose keyword (a whole word, or a two-word phrase) occurs wins, so
/// specific phrases beat general words: "buruh tani" is buruh_tani not buruh_harian_lepas; "petani karet" is
/// petani (the person farms their own land) while "penderes", "buruh kebun" or "karyawan sawit" are pekerja_kebun;
/// "tukang becak" is ojek_transport not buruh_harian_lepas. Anything else is "lain" (e.g. IRT, wiraswasta).
/// </remarks>
public static class OccupationClassifier
{
    public const string Other = "lain";

    /// <summary>What <see cref="Other"/> reads as.</summary>
    public const string OtherLabel = "Lainnya";

    /// <summary>Category codes in precedence order with the words officials read and the keywords.</summary>
    private static readonly (string Category, string Label, string[] Keywords)[] Rules =
    [
        ("buruh_tani", "Buruh tani", ["buruh tani", "buruhtani", "buruh sawah", "buruh ladang", "upahan tani"]),
        ("guru_ngaji_keagamaan", "Guru ngaji / pekerja keagamaan", ["guru ngaji", "ngaji", "ustadz", "ustad", "ustaz", "ustadzah", "ustazah", "bilal", "imam", "marbot", "marbut", "nazir", "penggali kubur", "penggali", "khatib", "pendeta", "sintua", "guru agama", "penyuluh agama"]),
        ("nelayan", "Nelayan", ["nelayan", "penangkap ikan", "tangkap ikan", "pencari ikan", "nelayan tradisional", "penjaring", "pemukat", "nelayan kecil"]),
        ("petani", "Petani", ["tani", "petani", "bertani", "pekebun", "berkebun", "peladang", "berladang", "pesawah", "peternak", "ternak"]),
        ("pekerja_kebun", "Pekerja kebun (sawit, karet)", ["sawit", "karet", "deres", "menderes", "penderes", "penyadap", "sadap", "nyadap", "kebun", "perkebunan", "dodos", "pendodos", "egrek", "brondol", "mandor"]),
        ("ojek_transport", "Ojek / transportasi", ["ojek", "ojol", "tukang ojek", "becak", "betor", "bentor", "supir", "sopir", "angkot", "kernet", "kenek", "driver", "pengemudi"]),
        ("pedagang_kecil", "Pedagang kecil", ["pedagang", "dagang", "berdagang", "jualan", "berjualan", "penjual", "jual", "warung", "kedai", "pengecer", "kios", "lapak", "asongan", "kelontong"]),
        ("buruh_harian_lepas", "Buruh harian lepas", ["bhl", "buruh harian", "buruh", "kuli", "tukang", "harian", "serabutan", "pekerja harian", "kuli bangunan", "mocok"]),
    ];

    private static readonly Dictionary<string, int> FirstRuleByKeyword = BuildIndex();

    /// <summary>The category code, "lain" when nothing matches, null when the text is empty.</summary>
    public static string? Classify(string text)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return null;
        }

        var best = int.MaxValue;
        for (var i = 0; i < words.Count; i++)
        {
            if (FirstRuleByKeyword.TryGetValue(words[i], out var rule))
            {
                best = Math.Min(best, rule);
            }

            if (i + 1 < words.Count && FirstRuleByKeyword.TryGetValue(words[i] + " " + words[i + 1], out var phraseRule))
            {
                best = Math.Min(best, phraseRule);
            }
        }

        return best == int.MaxValue ? Other : Rules[best].Category;
    }

    /// <summary>
    /// The category in words ("Pekerja kebun (sawit, karet)" for <c>pekerja_kebun</c>): pages and workbooks show
    /// this, never the code. An unknown code is returned as it is; null stays null.
    /// </summary>
    public static string? Label(string? category) =>
        category is null ? null
        : category == Other ? OtherLabel
        : Array.Find(Rules, r => r.Category == category).Label ?? category;

    private static List<string> Words(string text)
    {
        var words = new List<string>(4);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetter(text[i]))
            {
                start = start < 0 ? i : start;
            }
            else if (start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }

    private static Dictionary<string, int> BuildIndex()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var rule = 0; rule < Rules.Length; rule++)
        {
            foreach (var keyword in Rules[rule].Keywords)
            {
                index.TryAdd(keyword, rule);
            }
        }

        return index;
    }
}
