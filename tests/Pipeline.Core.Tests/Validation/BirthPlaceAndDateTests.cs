using Pipeline.Core.Validation;

namespace Pipeline.Core.Tests.Validation;

public class BirthPlaceAndDateTests
{
    [Theory]
    [InlineData("Aek Kanopan, 12-03-1980", "Aek Kanopan", "12-03-1980")]
    [InlineData("Aek Kanopan / 12 Maret 1980", "Aek Kanopan", "12 Maret 1980")]
    [InlineData("Aek Kanopan,12/03/1980", "Aek Kanopan", "12/03/1980")]
    [InlineData("TANJUNG LEIDONG - 1 Jan 1970", "TANJUNG LEIDONG", "1 Jan 1970")]
    [InlineData("Medan; 1980-03-12", "Medan", "1980-03-12")]
    [InlineData("12-03-1980", null, "12-03-1980")]
    [InlineData("Aek Kanopan", "Aek Kanopan", "")]
    public void Separates_place_from_date(string text, string? place, string date) =>
        Assert.Equal((place, date), BirthPlaceAndDate.Split(text));
}
