using Pipeline.Core.Model;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Tables;

namespace Pipeline.Integration.Tests;

/// <summary>Upload identity is the exact path: keys keep every character, encode the forbidden ones reversibly, and never collide.</summary>
public sealed class UploadIdentityTests
{
    private static readonly char[] Forbidden = ['/', '\\', '#', '?'];

    private static readonly string[] AwkwardPaths =
    [
        "kualuh-hulu/aek-kanopan/daftar.xlsx",
        "Kualuh-Hulu/Aek-Kanopan/Daftar.xlsx",
        "kualuh-hulu/aek-kanopan/daftar#2.xlsx",
        "kualuh-hulu/aek-kanopan/daftar?.xlsx",
        "kualuh-hulu/aek-kanopan/daftar~23.xlsx",
        "kualuh-hulu/aek-kanopan/100%.xlsx",
        "kualuh-hulu\\aek-kanopan\\daftar.xlsx",
        "kualuh-hulu/aek-kanopan/tab\there\u0085\u007f.xlsx",
        "na-ix-x/pulo-jantan/data 😀 désa.csv",
        "lone\ud800surrogate.csv",
        "daftar.xlsx",
    ];

    public static TheoryData<string> Paths() => new(AwkwardPaths);

    [Theory]
    [MemberData(nameof(Paths))]
    public void Keys_hold_no_forbidden_character_and_decode_to_the_exact_path(string path)
    {
        var upload = UploadIdentity.Of(path);

        foreach (var key in new[] { upload.Key, upload.UploadsPartitionKey, upload.UploadsRowKey })
        {
            Assert.True(key.IndexOfAny(Forbidden) < 0 && !key.Any(c => char.IsControl(c)), key);
            Assert.True(key.Length <= TableKey.MaxLength);
        }

        Assert.Equal(path, TableKey.Decode(upload.Key));
        var rest = TableKey.Decode(upload.UploadsRowKey);
        Assert.Equal(path, upload.UploadsPartitionKey == "~" ? rest : TableKey.Decode(upload.UploadsPartitionKey) + "/" + rest);
    }

    [Fact]
    public void Every_path_gets_its_own_keys_and_result()
    {
        var paths = AwkwardPaths.Concat(["x.csv", "x.csv.xlsx", "x.csv.hasil.xlsx", "_/daftar.xlsx", "~/daftar.xlsx"]).ToList();
        var identities = paths.Select(UploadIdentity.Of).ToList();

        Assert.Equal(paths.Count, identities.Select(i => i.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(paths.Count, identities.Select(i => (i.UploadsPartitionKey, i.UploadsRowKey)).Distinct().Count());
        Assert.Equal(paths.Count, identities.Select(i => i.ResultPath).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("x.csv.hasil.xlsx", UploadIdentity.Of("x.csv").ResultPath);
        Assert.Equal("x.csv.xlsx.hasil.xlsx", UploadIdentity.Of("x.csv.xlsx").ResultPath);
    }

    [Fact]
    public void A_very_long_path_is_shortened_with_a_hash_that_tells_it_from_its_near_twins()
    {
        var folder = string.Concat(Enumerable.Repeat("desa-dengan-nama-yang-sangat-panjang/", 30));
        var a = UploadIdentity.Of(folder + "daftar-1.xlsx");
        var b = UploadIdentity.Of(folder + "daftar-2.xlsx");

        Assert.NotEqual(a.Key, b.Key);
        Assert.NotEqual(a.UploadsRowKey, b.UploadsRowKey);
        Assert.True(a.Key.Length <= 200 && a.UploadsRowKey.Length <= 400);
        Assert.True(TableKey.IsShortened(a.Key));
        Assert.StartsWith("desa-dengan-nama", a.Key);
        Assert.Throws<FormatException>(() => TableKey.Decode(a.Key));
    }

    [Fact]
    public void A_shortened_key_never_equals_a_readable_one_and_never_cuts_an_escape()
    {
        for (var length = 150; length < 260; length++)
        {
            var text = new string('#', length);
            var key = TableKey.Encode(text);
            Assert.True(key.Length <= 200);
            Assert.DoesNotContain('#', key);
            if (TableKey.IsShortened(key))
            {
                var readable = key[..key.IndexOf("~!", StringComparison.Ordinal)];
                Assert.Equal(0, readable.Length % 3);
            }
        }
    }

    [Theory]
    [InlineData("kualuh-hulu/aek-kanopan/daftar.xlsx", "kualuh-hulu", "aek-kanopan")]
    [InlineData("kualuh-hulu\\aek-kanopan\\daftar.xlsx", "kualuh-hulu", "aek-kanopan")]
    [InlineData("kualuh-hulu/daftar.xlsx", "kualuh-hulu", null)]
    [InlineData("daftar.xlsx", null, null)]
    public void The_first_two_folders_are_the_default_kecamatan_and_desa(string path, string? kecamatan, string? desa)
    {
        Assert.Equal(new UploadLocation(kecamatan, desa), UploadIdentity.Of(path).Location);
    }
}
