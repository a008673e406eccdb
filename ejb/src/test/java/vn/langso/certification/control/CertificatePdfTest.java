package vn.langso.certification.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.langso.kernel.QrCode;

class CertificatePdfTest {

    static final CertificatePdf.Content CONTENT = new CertificatePdf.Content(
            "LS-2026-000123",
            "Phạm Thị Mai",
            "Dịch vụ công trực tuyến",
            "Tổ công nghệ số thị trấn Chợ Gạo",
            LocalDate.of(2026, 11, 22),
            LocalDate.of(2028, 11, 22),
            "http://localhost:8080/verify/AbCdEf123456");

    @Test
    void isOneA4PageWithTheHolderSkillDatesAndVerificationAddressInVietnamese() throws Exception {
        byte[] pdf = CertificatePdf.render(CONTENT);

        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(reader.getPageSizeWithRotation(1).getWidth()).isEqualTo(842f);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text)
                .contains("GIẤY CHỨNG NHẬN", "Phạm Thị Mai", "Dịch vụ công trực tuyến", "22/11/2026", "22/11/2028")
                .contains("LS-2026-000123", "http://localhost:8080/verify/AbCdEf123456");
    }

    @Test
    void theQrCodeHoldsTheVerificationAddress() {
        QrCode code = QrCode.of(CONTENT.verificationUrl());

        assertThat(code.size()).isBetween(21, 41);
        assertThat(code.isDark(0, 0)).isTrue(); // a finder pattern's corner
    }
}
