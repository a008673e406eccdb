package vn.langso.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() {
        assertThat(CsvWriter.inert(-3L)).isEqualTo(-3L);
        assertThat(CsvWriter.inert("Tổ 1")).isEqualTo("Tổ 1");
        assertThat(CsvWriter.inert("")).isEqualTo("");
    }

    @Test
    void aTextASpreadsheetWouldRunAsAFormulaNeverGoesOutLive() {
        StringWriter out = new StringWriter();

        new CsvWriter(out).row(List.of("=1+1", "@x", "+84 912", "-Tổ 1", "Tổ = 1"));

        assertThat(out.toString()).isEqualTo("'=1+1,'@x,'+84 912,'-Tổ 1,Tổ = 1\r\n");
    }

    @Test
    void anExportedFormulaReadsBackAsTheTextItWas() {
        for (String text : List.of("=HYPERLINK(\"http://x\")", "@x", "+84 912", "-Tổ 1")) {
            assertThat(CsvRow.clean(String.valueOf(CsvWriter.inert(text)))).isEqualTo(text);
        }
    }
}
