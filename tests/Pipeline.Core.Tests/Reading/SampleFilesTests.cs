using Pipeline.Core.Model;
using Pipeline.Core.Reading;

namespace Pipeline.Core.Tests.Reading;

/// <summary>The committed samples under samples/ must stay readable: the lead's demos and docs rely on them.</summary>
public sealed class SampleFilesTests
{
    [Theory]
    [InlineData("uploads/kualuh-hulu/aek-kanopan/daftar-pekerja-rentan.xlsx", 4, 38, Field.BirthDate)]
    [InlineData("uploads/kualuh-hulu/sukarame/pekerja-rentan-sukarame.xlsx", 4, 30, Field.Desa)]
    [InlineData("uploads/na-ix-x/pulo-jantan/data.csv", 3, 25, Field.BirthPlaceAndDate)]
    [InlineData("uploads/kualuh-selatan/damuli-pekan/data-lama.xls", 4, 20, Field.Sex)]
    public void Village_samples_read_with_expected_header_and_rows(string relativePath, int headerRow, int rowCount, Field expectedField)
    {
        using var content = File.OpenRead(SamplePath(relativePath));
        using var sheet = SpreadsheetReader.Open(content, Path.GetFileName(relativePath), HeaderVocabulary.WorkerList);
        var rows = sheet.Rows.ToList();

        Assert.Equal(headerRow, sheet.Layout.HeaderRow);
        Assert.True(sheet.Layout.Has(expectedField));
        Assert.Equal(rowCount, rows.Count);
        Assert.Equal(rows.Select(r => r.RowNumber).Order(), rows.Select(r => r.RowNumber));
        Assert.All(rows, row => Assert.True(row.RowNumber > headerRow));
    }

    [Fact]
    public void Participant_register_sample_has_two_hundred_participants()
    {
        using var content = File.OpenRead(SamplePath("peserta-bpjs.csv"));
        using var sheet = SpreadsheetReader.Open(content, "peserta-bpjs.csv", HeaderVocabulary.ParticipantRegister);

        Assert.Equal(200, sheet.Rows.Count());
        Assert.True(sheet.Layout.Has(Field.Kpj) && sheet.Layout.Has(Field.MembershipStatus));
    }

    private static string SamplePath(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "samples", relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("Sample not found above the test directory.", relativePath);
    }
}
