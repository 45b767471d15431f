using Pipeline.Core.Validation;

namespace Pipeline.Core.Tests.Validation;

public class PhoneNormalizerTests
{
    [Theory]
    [InlineData("081265432109", "+6281265432109")]
    [InlineData("0812-6543-2109", "+6281265432109")]
    [InlineData("0812 6543 2109", "+6281265432109")]
    [InlineData("0812.6543.2109", "+6281265432109")]
    [InlineData("81265432109", "+6281265432109")]
    [InlineData("6281265432109", "+6281265432109")]
    [InlineData("+6281265432109", "+6281265432109")]
    [InlineData("+62 812-6543-2109", "+6281265432109")]
    [InlineData("+62 (812) 6543 2109", "+6281265432109")]
    [InlineData("0853 7012 345", "+628537012345")]
    [InlineData("0821-6000-1234 / 0813-1111-2222", "+6282160001234")]
    [InlineData("08126543210", "+628126543210")]
    [InlineData("0812345678", "+62812345678")]
    public void Writes_mobile_numbers_in_plus_62_form(string text, string expected) =>
        Assert.Equal(expected, PhoneNormalizer.Normalize(text));

    [Theory]
    [InlineData("0812")]
    [InlineData("08123456")]
    [InlineData("0812345678901234")]
    [InlineData("0624 123456")]
    [InlineData("021-5551234")]
    [InlineData("08888888888")]
    [InlineData("081111111111")]
    [InlineData("0000000000")]
    [InlineData("0812 HP rusak")]
    public void Refuses_what_is_not_a_mobile_number(string text) =>
        Assert.Null(PhoneNormalizer.Normalize(text));
}
