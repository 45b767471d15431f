using Pipeline.Core.Door;
using Pipeline.Core.Validation;

namespace Pipeline.Core.Tests.Door;

/// <summary>Every desa's door folder names it so that ingest, reading the folder, finds the same desa.</summary>
public sealed class DesaFolderTests
{
    private static readonly Gazetteer Labura = Gazetteer.LabuhanbatuUtara;

    [Fact]
    public void Every_desa_folder_resolves_back_to_its_own_desa_and_no_two_share_a_folder()
    {
        var folders = Labura.Desa.Select(d => DesaFolder.Of(Labura, d.Code)!).ToList();

        Assert.Equal(90, folders.Count);
        Assert.Equal(folders.Count, folders.Select(f => f.Prefix).Distinct().Count());
        Assert.All(folders, f =>
        {
            Assert.Matches("^[a-z0-9-]+/[a-z0-9-]+/$", f.Prefix);
            var parts = f.Prefix.Split('/');
            var kecamatan = Labura.FindKecamatan(parts[0]);
            Assert.Equal(f.Kecamatan.Code, kecamatan?.Code);
            Assert.Equal(f.Desa.Code, Labura.FindDesa(parts[1], kecamatan!.Code)?.Code);
        });
    }

    [Theory]
    [InlineData("Kualuh Hulu", "kualuh-hulu")]
    [InlineData("Perk. Padang Halaban", "perk-padang-halaban")]
    [InlineData("Na IX-X", "na-ix-x")]
    [InlineData("  Sei  Apung ", "sei-apung")]
    public void Slugs_are_lower_case_words_joined_by_hyphens(string name, string slug) => Assert.Equal(slug, DesaFolder.Slug(name));

    [Fact]
    public void A_folder_holds_only_its_own_paths()
    {
        var aekKanopan = DesaFolder.Of(Labura, "1223011001")!;

        Assert.Equal("kualuh-hulu/aek-kanopan/", aekKanopan.Prefix);
        Assert.Equal("kualuh-hulu/aek-kanopan/daftar.xlsx", aekKanopan.PathOf("daftar.xlsx"));
        Assert.True(aekKanopan.Holds("kualuh-hulu/aek-kanopan/daftar.xlsx"));
        Assert.False(aekKanopan.Holds("kualuh-hulu/aek-kanopan-timur/daftar.xlsx"));
        Assert.False(aekKanopan.Holds("kualuh-hulu/sukarame/daftar.xlsx"));
        Assert.False(aekKanopan.Holds("kualuh-hulu/aek-kanopan/../sukarame/daftar.xlsx"));
        Assert.False(aekKanopan.Holds("kualuh-hulu/aek-kanopan/./daftar.xlsx"));
        Assert.False(aekKanopan.Holds("kualuh-hulu/aek-kanopan//daftar.xlsx"));
        Assert.False(aekKanopan.Holds("kualuh-hulu/aek-kanopan/"));
        Assert.Null(DesaFolder.Of(Labura, "9999999999"));
    }
}
