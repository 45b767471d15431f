using Pipeline.Core.Validation;

namespace Pipeline.Core.Tests.Validation;

public class NameNormalizerTests
{
    [Theory]
    [InlineData("Ahmad Siregar", "AHMAD SIREGAR", null)]
    [InlineData("  ahmad   siregar ", "AHMAD SIREGAR", null)]
    [InlineData("AHMAD\tSIREGAR", "AHMAD SIREGAR", null)]
    [InlineData("H. Ahmad Siregar", "AHMAD SIREGAR", "H.")]
    [InlineData("H Ahmad Siregar", "AHMAD SIREGAR", "H.")]
    [InlineData("H.Ahmad Siregar", "AHMAD SIREGAR", "H.")]
    [InlineData("Hj. Siti Aminah", "SITI AMINAH", "Hj.")]
    [InlineData("HJ SITI AMINAH", "SITI AMINAH", "Hj.")]
    [InlineData("Drs. H. Ahmad Siregar", "AHMAD SIREGAR", "Drs. H.")]
    [InlineData("Dra. Nurhayati", "NURHAYATI", "Dra.")]
    [InlineData("Ir. Bonar Sitorus", "BONAR SITORUS", "Ir.")]
    [InlineData("Dr. Rahmat", "RAHMAT", "Dr.")]
    [InlineData("Sri Wahyuni, S.Pd", "SRI WAHYUNI", "S.Pd")]
    [InlineData("Sri Wahyuni S.Pd", "SRI WAHYUNI", "S.Pd")]
    [InlineData("SRI WAHYUNI, SPD", "SRI WAHYUNI", "S.Pd")]
    [InlineData("Sri Wahyuni, S. Pd", "SRI WAHYUNI", "S.Pd")]
    [InlineData("Nur Aisyah, S.Pd.I", "NUR AISYAH", "S.Pd.I")]
    [InlineData("Nur Aisyah, S. Pd. I", "NUR AISYAH", "S.Pd.I")]
    [InlineData("Nur Aisyah S.PdI", "NUR AISYAH", "S.Pd.I")]
    [InlineData("Ahmad S. Harahap", "AHMAD S. HARAHAP", null)]
    [InlineData("Budi Santoso, S.E.", "BUDI SANTOSO", "S.E.")]
    [InlineData("Budi Santoso SE", "BUDI SANTOSO", "S.E.")]
    [InlineData("Rudi Hartono, S.H.", "RUDI HARTONO", "S.H.")]
    [InlineData("Amran, S.Ag", "AMRAN", "S.Ag")]
    [InlineData("Dedi, S.Kom", "DEDI", "S.Kom")]
    [InlineData("Yanti, A.Md", "YANTI", "A.Md")]
    [InlineData("Alm. Sukiman", "SUKIMAN", "Alm.")]
    [InlineData("Sukiman (Alm)", "SUKIMAN", "Alm.")]
    [InlineData("Almh. Sarinah", "SARINAH", "Almh.")]
    [InlineData("Bpk. Sutrisno", "SUTRISNO", "Bpk")]
    [InlineData("Ibu Rohani", "ROHANI", "Ibu")]
    [InlineData("Tn. Halomoan", "HALOMOAN", "Tn")]
    [InlineData("Ny. Rosmawati", "ROSMAWATI", "Ny")]
    [InlineData("H. Muhammad Nur, S.Pd.I", "MUHAMMAD NUR", "H. S.Pd.I")]
    [InlineData("M. Nur", "M. NUR", null)]
    [InlineData("M.Nur", "M. NUR", null)]
    [InlineData("Nur'aini", "NUR'AINI", null)]
    [InlineData("Siti", "SITI", null)]
    [InlineData("Ibu", "IBU", null)]
    public void Folds_spaces_upper_cases_and_splits_titles(string text, string name, string? titles)
    {
        var result = NameNormalizer.Normalize(text);
        Assert.Equal(name, result.Name);
        Assert.Equal(titles, result.Titles);
    }

    [Theory]
    [InlineData("Ahmad Siregar", true)]
    [InlineData("Nur'aini", true)]
    [InlineData("Ahmad 2", false)]
    [InlineData("1223011203800001", false)]
    [InlineData("...", false)]
    [InlineData("-", false)]
    [InlineData("?", false)]
    public void Tells_whether_text_can_be_a_name(string text, bool expected) =>
        Assert.Equal(expected, NameNormalizer.IsPlausible(text));
}
