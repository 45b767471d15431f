using System.Text;
using QRCoder;

namespace Pipeline.Api.Door;

/// <summary>
/// The QR code of a village link, drawn by the app (QRCoder, SVG) and handed to the page as a <c>data:</c> image, so
/// the printed sheet needs nothing from the internet and the page's content security policy stays <c>img-src 'self' data:</c>.
/// </summary>
/// <remarks>Error correction M (15%): a code printed on paper survives a crease or a smudge, and a 60-character link stays small.</remarks>
public static class LinkQrCode
{
    public static string DataUri(Uri link)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(link.AbsoluteUri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }
}
