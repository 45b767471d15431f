using Pipeline.Core.Reporting;

namespace Pipeline.Core.Tests.Reporting;

public class IndonesianFormatTests
{
    [Theory]
    [InlineData(0, "Rp 0")]
    [InlineData(999, "Rp 999")]
    [InlineData(16_800, "Rp 16.800")]
    [InlineData(1_234_567, "Rp 1.234.567")]
    [InlineData(20_361_600, "Rp 20.361.600")]
    [InlineData(1_000_000_000_000, "Rp 1.000.000.000.000")]
    [InlineData(-16_800, "-Rp 16.800")]
    public void Writes_rupiah_with_dots(long amount, string expected) =>
        Assert.Equal(expected, IndonesianFormat.Rupiah(amount));

    [Theory]
    [InlineData("1234567.5", "Rp 1.234.568")]
    [InlineData("1234567.4", "Rp 1.234.567")]
    public void Rounds_fractions_of_a_rupiah(string amount, string expected) =>
        Assert.Equal(expected, IndonesianFormat.Rupiah(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-11-30", "Senin, 30 November 2026")]
    [InlineData("2026-12-01", "Selasa, 1 Desember 2026")]
    [InlineData("2027-01-06", "Rabu, 6 Januari 2027")]
    [InlineData("2026-02-26", "Kamis, 26 Februari 2026")]
    [InlineData("2026-05-01", "Jumat, 1 Mei 2026")]
    [InlineData("2026-08-15", "Sabtu, 15 Agustus 2026")]
    [InlineData("2026-11-29", "Minggu, 29 November 2026")]
    public void Writes_dates_with_Indonesian_day_and_month_names(string date, string expected) =>
        Assert.Equal(expected, IndonesianFormat.Date(DateOnly.Parse(date)));

    [Fact]
    public void Writes_an_instant_on_the_Jakarta_clock() =>
        Assert.Equal("Senin, 30 November 2026 pukul 07.00 WIB", IndonesianFormat.DateTime(new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("2026-W48", "Minggu ke-48 tahun 2026 (23–29 November 2026)")]
    [InlineData("2026-W49", "Minggu ke-49 tahun 2026 (30 November – 6 Desember 2026)")]
    [InlineData("2026-W53", "Minggu ke-53 tahun 2026 (28 Desember 2026 – 3 Januari 2027)")]
    public void Names_a_week(string week, string expected) =>
        Assert.Equal(expected, IndonesianFormat.Week(ReportWeek.Parse(week)));

    [Theory]
    [InlineData(12, "+12")]
    [InlineData(1500, "+1.500")]
    [InlineData(0, "0")]
    [InlineData(-3, "-3")]
    public void Writes_changes_with_a_sign(long delta, string expected) =>
        Assert.Equal(expected, IndonesianFormat.Change(delta));

    [Theory]
    [InlineData(0.125, "12,5%")]
    [InlineData(1, "100%")]
    [InlineData(0, "0%")]
    public void Writes_percentages_with_a_decimal_comma(double share, string expected) =>
        Assert.Equal(expected, IndonesianFormat.Percent(share));
}
