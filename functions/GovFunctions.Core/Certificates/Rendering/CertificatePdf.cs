using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using QRCoder;

namespace GovFunctions.Core.Certificates.Rendering;

/// <summary>
/// The printable certificate: an A4 page with the content, the issuer's visible seal, the identifier and verification
/// code with a QR code of the verification page, and the grade-A usage wording as a watermark. The signed file travels
/// inside as an embedded file (<see cref="EmbeddedName"/>), so the PDF alone can be verified. Rendering is not
/// byte-for-byte repeatable (PDFsharp draws subset tags and ids at random), so each PDF is rendered once, at issue,
/// and stored; its SHA-256 is on the issuer's record.
/// </summary>
public static class CertificatePdf
{
    public const string EmbeddedName = "certificate.json";
    public const string ContentType = "application/pdf";
    private const string FontFamily = "WenQuanYi Micro Hei";
    private static readonly XColor SealRed = XColor.FromArgb(220, 200, 16, 46);

    static CertificatePdf()
    {
        if (GlobalFontSettings.FontResolver is null)
        {
            GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
        }
    }

    public static byte[] Render(SignedCertificate document, string verificationCode, Uri verificationPage)
    {
        var certificate = document.Certificate;
        using var pdf = new PdfDocument();
        pdf.Info.Title = certificate.Name;
        pdf.Info.Subject = certificate.Identifier;
        pdf.Info.Author = certificate.Issuer;
        pdf.Info.CreationDate = certificate.IssuedOn.ToDateTime(TimeOnly.MinValue);
        var page = pdf.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            DrawWatermark(graphics, page, certificate.UsageNotice);
            DrawContent(graphics, certificate);
            DrawSeal(graphics, new XPoint(page.Width.Point - 150, 560), certificate.Issuer);
            DrawVerification(graphics, page, certificate.Identifier, verificationCode, VerificationLink(verificationPage, certificate.Identifier, verificationCode));
        }

        pdf.AddEmbeddedFile(EmbeddedName, new MemoryStream(Encoding.UTF8.GetBytes(document.ToDocument().ToJsonString())));
        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>The page a QR code leads to: the portal's verification page with the identifier and the code filled in.</summary>
    public static Uri VerificationLink(Uri page, string identifier, string verificationCode) =>
        new($"{page.GetLeftPart(UriPartial.Path)}?identifier={Uri.EscapeDataString(identifier)}&verificationCode={Uri.EscapeDataString(verificationCode)}");

    /// <summary>The signed file a PDF carries; null when the bytes are not a PDF or carry none.</summary>
    public static JsonNode? ReadEmbeddedCertificate(byte[] pdf)
    {
        try
        {
            using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
            var names = document.Internals.Catalog.Elements.GetDictionary("/Names")?.Elements.GetDictionary("/EmbeddedFiles")?.Elements.GetArray("/Names");
            if (names is null)
            {
                return null;
            }

            for (var i = 0; i + 1 < names.Elements.Count; i += 2)
            {
                if (names.Elements.GetString(i) == EmbeddedName
                    && names.Elements.GetDictionary(i + 1)?.Elements.GetDictionary("/EF")?.Elements.GetDictionary("/F")?.Stream?.UnfilteredValue is { } bytes)
                {
                    return JsonNode.Parse(bytes);
                }
            }

            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever the bytes are, they are not a certificate PDF this platform issued.
            return null;
        }
    }

    private static void DrawContent(XGraphics graphics, ElectronicCertificate certificate)
    {
        var title = new XFont(FontFamily, 26);
        var label = new XFont(FontFamily, 11);
        var value = new XFont(FontFamily, 12);
        graphics.DrawString(certificate.Name, title, XBrushes.Black, new XRect(0, 70, graphics.PageSize.Width, 40), XStringFormats.Center);
        (string Label, string Value)[] fields =
        [
            ("证照编号", certificate.Number),
            ("持证主体", certificate.Holder),
            (certificate.HolderCodeType == ElectronicCertificate.PersonHolder ? "公民身份号码" : "统一社会信用代码", certificate.HolderCode),
            ("颁发机构", certificate.Issuer),
            ("颁发日期", Date(certificate.IssuedOn)),
            ("有效期", $"{Date(certificate.ValidFrom)} 至 {(certificate.ValidUntil is { } until ? Date(until) : "长期")}"),
            ("管辖属地", certificate.RegionCode),
            ("决定文书", certificate.Contents.ResultDocument),
            ("申请事项", certificate.Contents.Matter ?? ""),
            ("依据", string.Join("；", certificate.Contents.LegalBasis)),
        ];
        var y = 150.0;
        foreach (var (name, text) in fields)
        {
            graphics.DrawString(name, label, XBrushes.DimGray, new XPoint(80, y));
            foreach (var line in Wrap(text, text.All(char.IsAscii) ? 48 : 28))
            {
                graphics.DrawString(line, value, XBrushes.Black, new XPoint(190, y));
                y += 20;
            }

            y += 8;
        }
    }

    /// <summary>The issuer's seal as a stamp: a red ring, a star, the issuer's name and 电子证照专用章.</summary>
    private static void DrawSeal(XGraphics graphics, XPoint centre, string issuer)
    {
        const double radius = 62;
        var pen = new XPen(SealRed, 3);
        var brush = new XSolidBrush(SealRed);
        graphics.DrawEllipse(pen, centre.X - radius, centre.Y - radius, 2 * radius, 2 * radius);
        var star = Enumerable.Range(0, 10).Select(i =>
        {
            var angle = -Math.PI / 2 + i * Math.PI / 5;
            var r = i % 2 == 0 ? 16 : 6.5;
            return new XPoint(centre.X + r * Math.Cos(angle), centre.Y - 8 + r * Math.Sin(angle));
        }).ToArray();
        graphics.DrawPolygon(brush, star, XFillMode.Winding);
        var lines = Wrap(issuer, 9).ToList();
        var font = new XFont(FontFamily, 9);
        for (var i = 0; i < lines.Count; i++)
        {
            graphics.DrawString(lines[i], font, brush, new XRect(centre.X - radius, centre.Y - 48 + i * 11 - (lines.Count - 1) * 5.5, 2 * radius, 11), XStringFormats.Center);
        }

        graphics.DrawString("电子证照专用章", new XFont(FontFamily, 9), brush, new XRect(centre.X - radius, centre.Y + 22, 2 * radius, 12), XStringFormats.Center);
    }

    private static void DrawVerification(XGraphics graphics, PdfPage page, string identifier, string verificationCode, Uri link)
    {
        var qr = new QRCodeGenerator().CreateQrCode(link.AbsoluteUri, QRCodeGenerator.ECCLevel.M);
        const double module = 2.2;
        var left = 80.0;
        var top = page.Height.Point - 210;
        for (var row = 0; row < qr.ModuleMatrix.Count; row++)
        {
            for (var column = 0; column < qr.ModuleMatrix[row].Count; column++)
            {
                if (qr.ModuleMatrix[row][column])
                {
                    graphics.DrawRectangle(XBrushes.Black, left + column * module, top + row * module, module, module);
                }
            }
        }

        var text = new XFont(FontFamily, 9);
        var textLeft = left + qr.ModuleMatrix.Count * module + 16;
        graphics.DrawString("电子证照标识", text, XBrushes.DimGray, new XPoint(textLeft, top + 20));
        var lines = Wrap(identifier, 56).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            graphics.DrawString(lines[i], text, XBrushes.Black, new XPoint(textLeft, top + 34 + i * 12));
        }

        var below = top + 34 + lines.Count * 12;
        graphics.DrawString("核验码  " + verificationCode, new XFont(FontFamily, 12), XBrushes.Black, new XPoint(textLeft, below + 14));
        graphics.DrawString("扫码或凭标识与核验码在线核验", text, XBrushes.DimGray, new XPoint(textLeft, below + 34));
    }

    private static void DrawWatermark(XGraphics graphics, PdfPage page, string wording)
    {
        var font = new XFont(FontFamily, 16);
        var brush = new XSolidBrush(XColor.FromArgb(40, 128, 128, 128));
        var state = graphics.Save();
        graphics.RotateAtTransform(-30, new XPoint(page.Width.Point / 2, page.Height.Point / 2));
        for (var y = -100.0; y < page.Height.Point + 100; y += 120)
        {
            graphics.DrawString(wording, font, brush, new XPoint(-60, y));
        }

        graphics.Restore(state);
    }

    private static string Date(DateOnly day) => day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private static IEnumerable<string> Wrap(string text, int width)
    {
        for (var start = 0; start < text.Length; start += width)
        {
            yield return text.Substring(start, Math.Min(width, text.Length - start));
        }

        if (text.Length == 0)
        {
            yield return "";
        }
    }

    private sealed class EmbeddedFontResolver : IFontResolver
    {
        private static readonly Lazy<byte[]> Font = new(() =>
        {
            using var resource = typeof(CertificatePdf).Assembly.GetManifestResourceStream("GovFunctions.Core.Certificates.wqy-microhei.ttf")!;
            using var bytes = new MemoryStream();
            resource.CopyTo(bytes);
            return bytes.ToArray();
        });

        public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) => new(FontFamily);

        public byte[] GetFont(string faceName) => Font.Value;
    }
}
