package vn.langso.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void numbersAndOrdinaryTextStayAsTheyAreWhenFormulasAreNeutralised() {
        assertThat(CsvWriter.inert(-3L)).isEqualTo(-3L);
        assertThat(CsvWriter.inert("Tổ 1")).isEqualTo("Tổ 1");
        assertThat(CsvWriter.inert("")).isEqualTo("");
    }

    @Test
    void aFormulaGoesOutLiveOnlyWhenNotAskedToNeutraliseIt() {
        StringWriter plain = new StringWriter();
        StringWriter neutralised = new StringWriter();

        new CsvWriter(plain).row(List.of("=1+1", "@x"));
        new CsvWriter(neutralised).neutralisingFormulas().row(List.of("=1+1", "@x"));

        assertThat(plain.toString()).isEqualTo("=1+1,@x\r\n");
        assertThat(neutralised.toString()).isEqualTo("'=1+1,'@x\r\n");
    }
}
