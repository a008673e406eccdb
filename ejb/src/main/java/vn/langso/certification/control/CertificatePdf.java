package vn.langso.certification.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.langso.kernel.QrCode;

/**
 * The printable certificate: one A4 landscape page in Vietnamese with the holder, the skill, the dates, the number and
 * a QR code leading to the public verification page. The Liberation fonts are embedded, as PDF's own fonts have no
 * Vietnamese letters.
 */
public final class CertificatePdf {

    /** What the certificate says. */
    public record Content(
            String number,
            String holderName,
            String skillName,
            String unitName,
            LocalDate issuedOn,
            LocalDate expiresOn,
            String verificationUrl) {}

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Color INK = new Color(0x1f, 0x3a, 0x5f);
    private static final Color RED = new Color(0xb7, 0x1c, 0x1c);

    private CertificatePdf() {}

    public static byte[] render(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle("Chứng nhận " + content.skillName() + " - " + content.holderName());
            document.addCreator("LangSo");
            document.open();
            draw(writer.getDirectContent(), content, font("LiberationSerif-Regular"), font("LiberationSerif-Bold"));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the certificate " + content.number(), e);
        }
        return out.toByteArray();
    }

    private static void draw(PdfContentByte page, Content content, BaseFont regular, BaseFont bold) {
        float width = PageSize.A4.getHeight();
        float height = PageSize.A4.getWidth();
        float middle = width / 2;
        page.setColorStroke(INK);
        page.setLineWidth(3f);
        page.rectangle(24, 24, width - 48, height - 48);
        page.stroke();
        page.setLineWidth(0.8f);
        page.rectangle(32, 32, width - 64, height - 64);
        page.stroke();

        text(page, regular, 13, INK, middle, height - 80, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        text(page, regular, 12, INK, middle, height - 98, "Độc lập - Tự do - Hạnh phúc");
        text(page, bold, 34, RED, middle, height - 165, "GIẤY CHỨNG NHẬN");
        text(page, regular, 15, INK, middle, height - 195, "Kỹ năng số - Tổ công nghệ số cộng đồng");
        text(page, regular, 15, Color.BLACK, middle, height - 245, "Chứng nhận tổ viên");
        text(page, bold, 28, INK, middle, height - 285, content.holderName());
        if (content.unitName() != null && !content.unitName().isBlank()) {
            text(page, regular, 13, Color.BLACK, middle, height - 310, content.unitName());
        }
        text(page, regular, 15, Color.BLACK, middle, height - 345, "đã hoàn thành chương trình và đạt yêu cầu kỹ năng");
        text(page, bold, 20, INK, middle, height - 377, content.skillName());
        text(
                page,
                regular,
                13,
                Color.BLACK,
                middle,
                height - 412,
                "Cấp ngày " + DATE.format(content.issuedOn()) + " - có giá trị đến ngày "
                        + DATE.format(content.expiresOn()));
        page.beginText();
        page.setFontAndSize(regular, 11);
        page.setColorFill(Color.DARK_GRAY);
        page.showTextAligned(PdfContentByte.ALIGN_LEFT, "Số: " + content.number(), 60, 92, 0);
        page.showTextAligned(PdfContentByte.ALIGN_LEFT, "Kiểm tra tính xác thực:", 60, 76, 0);
        page.showTextAligned(PdfContentByte.ALIGN_LEFT, content.verificationUrl(), 60, 60, 0);
        page.endText();
        qr(page, QrCode.of(content.verificationUrl()), width - 60 - 110, 52, 110);
    }

    private static void qr(PdfContentByte page, QrCode code, float x, float y, float side) {
        float module = side / code.size();
        page.setColorFill(Color.BLACK);
        for (int row = 0; row < code.size(); row++) {
            for (int column = 0; column < code.size(); column++) {
                if (code.isDark(column, row)) {
                    page.rectangle(x + column * module, y + side - (row + 1) * module, module, module);
                }
            }
        }
        page.fill();
    }

    private static void text(
            PdfContentByte page, BaseFont font, float size, Color color, float x, float y, String text) {
        page.beginText();
        page.setFontAndSize(font, size);
        page.setColorFill(color);
        page.showTextAligned(PdfContentByte.ALIGN_CENTER, text, x, y, 0);
        page.endText();
    }

    private static BaseFont font(String name) {
        try {
            return BaseFont.createFont("liberation/" + name + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + name + " is missing from the class path", e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
