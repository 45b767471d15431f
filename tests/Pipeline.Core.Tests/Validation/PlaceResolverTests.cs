using Pipeline.Core.Model;
using Pipeline.Core.Validation;

namespace Pipeline.Core.Tests.Validation;

/// <summary>The upload folder is the uploader's authority for the kecamatan; a row cannot move itself to another camat's view.</summary>
public sealed class PlaceResolverTests
{
    private const string KualuhHulu = "122301";
    private const string KualuhSelatan = "122308";
    private readonly PlaceResolver _places = new(Gazetteer.LabuhanbatuUtara);

    [Fact]
    public void A_row_naming_another_kecamatan_stays_in_its_folders_kecamatan_and_says_so()
    {
        var record = Resolve("Kualuh Selatan", "", new UploadLocation("kualuh-hulu", "aek-kanopan"));

        Assert.Equal(KualuhHulu, record.KecamatanCode);
        Assert.StartsWith(KualuhHulu, record.DesaCode);
        var issue = Assert.Single(record.Issues);
        Assert.Equal(("KECAMATAN_NOT_FOLDER", Field.Kecamatan), (issue.Code, issue.Field));
        Assert.Contains("Kualuh Selatan", issue.Message);
        Assert.Contains("Kecamatan Kualuh Hulu", issue.Message);
    }

    [Fact]
    public void A_desa_of_another_kecamatan_is_not_taken_from_a_row_in_a_kecamatan_folder()
    {
        // Damuli Pekan is in Kualuh Selatan: in Kualuh Hulu's folder the row keeps its folder's desa.
        var record = Resolve("Kualuh Selatan", "Damuli Pekan", new UploadLocation("kualuh-hulu", "aek-kanopan"));

        Assert.Equal(KualuhHulu, record.KecamatanCode);
        Assert.StartsWith(KualuhHulu, record.DesaCode);
        Assert.Equal(["KECAMATAN_NOT_FOLDER", "DESA_UNKNOWN"], record.Issues.Select(i => i.Code));
    }

    [Fact]
    public void The_same_kecamatan_in_row_and_folder_is_no_issue()
    {
        var record = Resolve("KUALUH HULU", "Aek Kanopan", new UploadLocation("kualuh-hulu", null));

        Assert.Equal(KualuhHulu, record.KecamatanCode);
        Assert.Empty(record.Issues);
    }

    [Fact]
    public void Without_a_kecamatan_folder_the_row_names_its_own()
    {
        var record = Resolve("Kualuh Selatan", "Damuli Pekan", UploadLocation.None);

        Assert.Equal(KualuhSelatan, record.KecamatanCode);
        Assert.StartsWith(KualuhSelatan, record.DesaCode);
        Assert.Empty(record.Issues);
    }

    [Fact]
    public void An_unknown_folder_leaves_the_rows_own_kecamatan()
    {
        var record = Resolve("Kualuh Selatan", "", new UploadLocation("kiriman-lama", null));

        Assert.Equal(KualuhSelatan, record.KecamatanCode);
        Assert.Equal(["DESA_MISSING"], record.Issues.Select(i => i.Code));
    }

    private WorkerRecord Resolve(string kecamatan, string desa, UploadLocation location)
    {
        var record = new WorkerRecord { SourceRow = 2 };
        _places.Apply(kecamatan, desa, location, record);
        return record;
    }
}
