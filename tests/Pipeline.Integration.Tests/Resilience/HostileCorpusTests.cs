using System.IO.Compression;
using System.Text;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Tables;
using Xunit.Abstractions;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Resilience;

/// <summary>
/// Files made to hurt, each generated here and ingested through <see cref="UploadIngestService"/> at the same time as a
/// good village list from the same desa: the hostile file ends <c>failed</c> with its code (or processed with the
/// offending row marked), the good list is processed in full, and the ingest of the hostile file stays inside a
/// generous allocation bound (never a time bound). The reader's own limits are tested in Pipeline.Core.Tests; this
/// is the same corpus through storage, the matching lease and the result workbook.
/// </summary>
/// <remarks>Limits are lowered for this class (rows, package size, upload size) so the files stay small and the tests fast.</remarks>
public sealed class HostileCorpusTests(HostileCorpusTests.LoweredLimits fixture, ITestOutputHelper output) : IClassFixture<HostileCorpusTests.LoweredLimits>
{
    private const long MiB = 1024 * 1024;
    private const int MaxDataRows = 200;
    private const string Desa = "kualuh-hulu/aek-kanopan/";

    /// <summary>
    /// Case id, the file name it is uploaded as, the code it ends with, and the bound on what its ingest may allocate
    /// (MiB): generous, yet under what reading the whole hostile content into memory would cost (the zip bomb
    /// inflates to 64 MiB of text, 128 MiB as a string; the CSV row of five million delimiters costs the CSV reader
    /// about 50 MiB of field bookkeeping before it is stopped, as in Pipeline.Core.Tests).
    /// </summary>
    public static TheoryData<string, string, string, int> FailedCases() => new()
    {
        { "empty", "kosong.csv", "FILE_EMPTY", 16 },
        { "garbage", "sampah.xlsx", "FILE_NOT_SPREADSHEET", 16 },
        { "garbage-zip", "sampah-zip.xlsx", "FILE_CORRUPT", 16 },
        { "web-page", "halaman-web.xls", "FILE_IS_WEB_PAGE", 16 },
        { "too-large", "besar.xls", "FILE_TOO_LARGE", 16 },
        { "zip-bomb", "bom-zip.xlsx", "FILE_PACKAGE_TOO_LARGE", 16 },
        { "entity-bomb", "bom-entitas.xlsx", "FILE_CORRUPT", 16 },
        { "too-many-rows", "terlalu-banyak.xlsx", "FILE_TOO_MANY_ROWS", 16 },
        { "delimiters", "titik-koma.csv", "FILE_ROW_TOO_LONG", 128 },
        { "unclosed-quote", "kutip-terbuka.csv", "FILE_ROW_TOO_LONG", 32 },
        { "empty-strings", "teks-kosong.xlsx", "FILE_PACKAGE_TOO_LARGE", 48 },
        { "short-strings", "teks-pendek.xlsx", "FILE_PACKAGE_TOO_LARGE", 48 },
    };

    [Theory]
    [MemberData(nameof(FailedCases))]
    public async Task A_hostile_file_fails_with_its_code_while_the_good_list_beside_it_is_processed(string id, string fileName, string expectedCode, int maxMiB)
    {
        var caseNo = Array.IndexOf(FailedCases().Select(c => (string)c[0]).ToArray(), id);
        var hostile = Build(id, caseNo);

        var (outcome, good, allocated) = await IngestBesideGoodListAsync(caseNo, fileName, hostile);

        Assert.Equal((IngestOutcome.Failed, expectedCode), (outcome.Status, outcome.IssueCode));
        var upload = await GetUploadAsync(outcome.UploadPath);
        Assert.Equal((IngestOutcome.Failed, expectedCode), (upload.Status, upload.IssueCode));
        Assert.Empty(await ReadRecordsAsync(outcome.UploadKey));
        Assert.Contains(expectedCode, await ResultTextAsync(outcome.ResultPath));
        await AssertGoodListProcessedAsync(good);
        Assert.InRange(allocated, 0, maxMiB * MiB);
    }

    /// <summary>Eight million characters in one shared string: 16 MiB as a string, were it ever held whole.</summary>
    [Fact]
    public async Task A_cell_of_eight_million_characters_is_cut_and_named_on_its_row_and_the_rest_is_processed()
    {
        const int caseNo = 20;
        var rows = People(caseNo, seqFrom: 500);
        var hostile = RewritePart(VillageList([.. rows.Select((p, i) => i == 1 ? p with { Name = "NAMA_RAKSASA" } : p).Select(AsRow)]),
            "xl/sharedStrings.xml", "NAMA_RAKSASA", writer => writer.Write(new string('A', 8_000_000)));

        var (outcome, good, allocated) = await IngestBesideGoodListAsync(caseNo, "sel-raksasa.xlsx", hostile);

        Assert.Equal((IngestOutcome.Processed, 3), (outcome.Status, outcome.Rows));
        var stored = (await ReadRecordsAsync(outcome.UploadKey)).OrderBy(r => r.SourceRow).ToList();
        Assert.Equal([rows[0].Nik, rows[1].Nik, rows[2].Nik], stored.Select(r => r.Nik));
        Assert.Contains("CELL_TOO_LONG", stored[1].Issues);
        Assert.InRange(stored[1].Name!.Length, 1, 300);
        Assert.DoesNotContain("CELL_TOO_LONG", stored[0].Issues + stored[2].Issues);
        Assert.Contains("CELL_TOO_LONG", await ResultTextAsync(outcome.ResultPath));
        await AssertGoodListProcessedAsync(good);
        Assert.InRange(allocated, 0, 16 * MiB);
    }

    [Fact]
    public async Task A_cell_at_XFD1048576_adds_no_row_and_no_column()
    {
        const int caseNo = 21;
        var rows = People(caseNo, seqFrom: 500);
        var hostile = RewritePart(VillageList([.. rows.Select(AsRow)]), "xl/worksheets/sheet1.xml", "</x:sheetData>",
            writer => writer.Write("<x:row r=\"1048576\"><x:c r=\"XFD1048576\" t=\"inlineStr\"><x:is><x:t>x</x:t></x:is></x:c></x:row></x:sheetData>"));

        var (outcome, good, allocated) = await IngestBesideGoodListAsync(caseNo, "xfd.xlsx", hostile);

        Assert.Equal((IngestOutcome.Processed, 3), (outcome.Status, outcome.Rows));
        var stored = await ReadRecordsAsync(outcome.UploadKey);
        Assert.Equal([4, 5, 6], stored.Select(r => r.SourceRow).Order());
        Assert.All(stored, r => Assert.Equal("new", r.Status));
        await AssertGoodListProcessedAsync(good);
        Assert.InRange(allocated, 0, 16 * MiB);
    }

    /// <summary>
    /// The good list of this case and the hostile file, uploaded and ingested concurrently (the good one on the pool,
    /// the hostile one on a thread of its own whose allocations are counted).
    /// </summary>
    private async Task<(IngestOutcome Hostile, IngestOutcome Good, long Allocated)> IngestBesideGoodListAsync(int caseNo, string fileName, byte[] hostile)
    {
        var goodPath = $"{Desa}kasus-{caseNo:D2}/daftar.xlsx";
        var hostilePath = $"{Desa}kasus-{caseNo:D2}/{fileName}";
        var goodContent = VillageList([.. People(caseNo, seqFrom: 1).Select(AsRow)]);
        await Env.Storage.Uploads.GetBlobClient(goodPath).UploadAsync(new BinaryData(goodContent), overwrite: true);
        await Env.Storage.Uploads.GetBlobClient(hostilePath).UploadAsync(new BinaryData(hostile), overwrite: true);

        var goodTask = Task.Run(() => Env.Ingest.IngestAsync(goodPath, new MemoryStream(goodContent), CancellationToken.None));
        var hostileTask = OneThread.MeasureAsync(() => Env.Ingest.IngestAsync(hostilePath, new MemoryStream(hostile), CancellationToken.None));
        var good = await goodTask;
        var (outcome, allocated) = await hostileTask;
        output.WriteLine($"{fileName}: {outcome.Status} {outcome.IssueCode}, {allocated / (double)MiB:F1} MiB allocated on the ingesting thread");
        return (outcome, good, allocated);
    }

    private async Task AssertGoodListProcessedAsync(IngestOutcome good)
    {
        Assert.Equal((IngestOutcome.Processed, 3, null), (good.Status, good.Rows, good.IssueCode));
        var upload = await GetUploadAsync(good.UploadPath);
        Assert.Equal((IngestOutcome.Processed, 3), (upload.Status, upload.Rows));
        var stored = await ReadRecordsAsync(good.UploadKey);
        Assert.Equal(3, stored.Count);
        Assert.All(stored, r => Assert.Equal("new", r.Status));
        Assert.Contains("Hasil", (await ResultTextAsync(good.ResultPath, sheetsOnly: true)));
    }

    private TestEnvironment Env => fixture.Environment;

    private async Task<UploadEntity> GetUploadAsync(string path)
    {
        return (await new UploadStore(Env.Storage).GetAsync(path, CancellationToken.None))!;
    }

    private async Task<List<RecordEntity>> ReadRecordsAsync(string uploadKey)
    {
        var list = new List<RecordEntity>();
        await foreach (var r in Env.Storage.Table(StorageNames.RecordsTable).QueryAsync<RecordEntity>(e => e.PartitionKey == uploadKey))
        {
            list.Add(r);
        }

        return list;
    }

    /// <summary>Every used cell of the result workbook (or, with <paramref name="sheetsOnly"/>, its sheet names).</summary>
    private async Task<string> ResultTextAsync(string resultPath, bool sheetsOnly = false)
    {
        var content = (await Env.Storage.Results.GetBlobClient(resultPath).DownloadContentAsync()).Value.Content.ToArray();
        using var workbook = Open(content);
        return sheetsOnly
            ? string.Join(" ", workbook.Worksheets.Select(s => s.Name))
            : string.Join(" ", workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()));
    }

    private sealed record Person(string Nik, string Name, string BirthDate);

    /// <summary>
    /// Three workers of one case: NIKs, names and birth days of their own (the matching index spans every case in
    /// this class's storage), NIK digits 7-12 agreeing with the birth date.
    /// </summary>
    private static List<Person> People(int caseNo, int seqFrom)
    {
        string[] given = ["Siti", "Rosmawati", "Wagiman", "Ponirah", "Sutrisno", "Masniari"];
        string[] family = ["Siregar", "Harahap", "Lubis", "Nasution", "Hasibuan", "Ritonga", "Pane", "Daulay", "Tanjung", "Batubara"];
        var day = caseNo % 28 + 1;
        return [.. Enumerable.Range(0, 3).Select(i =>
            new Person($"122301{day:D2}0380{seqFrom + i:D4}", $"{given[(i + seqFrom) % given.Length]} {family[caseNo % family.Length]} {family[(caseNo / family.Length + i) % family.Length]}", $"{day:D2}-03-1980"))];
    }

    private static object?[] AsRow(Person p, int i) => Worker(i + 1, p.Nik, p.Name, p.BirthDate, i % 2 == 0 ? "P" : "L");

    private static byte[] Build(string id, int caseNo)
    {
        var nik = People(caseNo, seqFrom: 500)[0].Nik;
        return id switch
        {
            "empty" => [],
            "garbage" => Random(64 * 1024, seed: caseNo),
            "garbage-zip" => [0x50, 0x4B, 0x03, 0x04, .. Random(64 * 1024, seed: caseNo)],
            "web-page" => Encoding.UTF8.GetBytes(
                "<!DOCTYPE html><html><head><title>Daftar Pekerja</title></head><body><table><tr><td>NIK</td><td>Nama</td></tr>" +
                $"<tr><td>{nik}</td><td>Siti</td></tr></table></body></html>"),
            "too-large" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. Random((int)(9 * MiB), seed: caseNo)],
            "zip-bomb" => RewritePart(VillageList([.. People(caseNo, 500).Select((p, i) => i == 0 ? p with { Name = "NAMA_BOM" } : p).Select(AsRow)]),
                "xl/sharedStrings.xml", "NAMA_BOM", writer =>
                {
                    var block = new string('A', 64 * 1024);
                    for (var i = 0; i < 1024; i++)
                    {
                        writer.Write(block); // 64 MiB inflated from well under 1 MiB
                    }
                }),
            "entity-bomb" => RewritePart(VillageList([.. People(caseNo, 500).Select(AsRow)]), "xl/worksheets/sheet1.xml", null, writer => writer.Write(
                "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">" +
                "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>" +
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>")),
            "too-many-rows" => VillageList([.. Enumerable.Range(0, MaxDataRows * 3).Select(i => Worker(i + 1, $"1223010303{80 + i % 10:D2}{i:D4}", "Siti Aisyah", "03-03-1980", "P"))]),
            "delimiters" => Encoding.UTF8.GetBytes("NIK;Nama\r\n" + nik + ";Siti\r\n" + new string(';', 5_000_000) + "\r\n"),
            "unclosed-quote" => Encoding.UTF8.GetBytes("NIK;Nama;Desa\r\n" + nik + ";\"Siti;Aek Kanopan\r\n" +
                string.Concat(Enumerable.Repeat(nik + ";Siti Aisyah;Aek Kanopan\r\n", 60_000))),
            // Issue 20: millions of shared strings under the unzip limit (three million empty ones: the count bound;
            // short ones past the lowered byte bound), each once held as a string object in a list.
            "empty-strings" => ManySharedStrings(caseNo, "<si/>", 3_000_000),
            "short-strings" => ManySharedStrings(caseNo, "<si><t>abcdefgh</t></si>", 400_000),
            _ => throw new ArgumentOutOfRangeException(nameof(id), id, null),
        };
    }

    private static byte[] ManySharedStrings(int caseNo, string item, int count) =>
        RewritePart(VillageList([.. People(caseNo, 500).Select((p, i) => i == 0 ? p with { Name = "NAMA_BANYAK" } : p).Select(AsRow)]),
            "xl/sharedStrings.xml", "NAMA_BANYAK", writer =>
            {
                writer.Write("x</x:t></x:si>");
                var block = string.Concat(Enumerable.Repeat(item, 10_000));
                for (var i = 0; i < count; i += 10_000)
                {
                    writer.Write(block);
                }

                writer.Write("<x:si><x:t>x");
            });

    private static byte[] Random(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>
    /// Rewrites one part of a saved package: <paramref name="find"/> replaced by what <paramref name="write"/> streams
    /// (the whole part when <paramref name="find"/> is null), so a part can inflate to far more than is ever held.
    /// </summary>
    private static byte[] RewritePart(byte[] package, string part, string? find, Action<TextWriter> write)
    {
        var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(part) ?? throw new InvalidOperationException($"No part {part}.");
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = reader.ReadToEnd();
            }

            entry.Delete();
            var at = find is null ? 0 : text.IndexOf(find, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new InvalidOperationException($"'{find}' is not in {part}.");
            }

            using var writer = new StreamWriter(zip.CreateEntry(part, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
            if (find is not null)
            {
                writer.Write(text.AsSpan(0, at));
                write(writer);
                writer.Write(text.AsSpan(at + find.Length));
            }
            else
            {
                write(writer);
            }
        }

        return stream.ToArray();
    }

    /// <summary>One Azurite for the class, with the reading limits lowered.</summary>
    public sealed class LoweredLimits : IAsyncLifetime
    {
        private TestEnvironment? _environment;

        public TestEnvironment Environment => _environment ?? throw new InvalidOperationException("Not started.");

        public async Task InitializeAsync() => _environment = await TestEnvironment.StartAsync(new Dictionary<string, string?>
        {
            ["Reading:MaxDataRows"] = MaxDataRows.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Reading:MaxDecompressedBytes"] = (16 * MiB).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Reading:MaxUploadBytes"] = (8 * MiB).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Reading:MaxSharedStringBytes"] = (4 * MiB).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        public async Task DisposeAsync()
        {
            if (_environment is not null)
            {
                await _environment.DisposeAsync();
            }
        }
    }
}
