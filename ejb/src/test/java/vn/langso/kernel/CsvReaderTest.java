package vn.langso.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void plainFieldsAndRecordsWithTheirLines() {
        List<CsvReader.Record> records = CsvReader.parse("a,b,c\r\n1,2,3\n4,5,6");

        assertThat(records)
                .containsExactly(
                        new CsvReader.Record(1, List.of("a", "b", "c")),
                        new CsvReader.Record(2, List.of("1", "2", "3")),
                        new CsvReader.Record(3, List.of("4", "5", "6")));
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        List<CsvReader.Record> records =
                CsvReader.parse("name,note\n\"Tổ 1, ấp Bình\",\"nói \"\"xin chào\"\"\nrồi đi\"\nnext,row\n");

        assertThat(records.get(1).fields()).containsExactly("Tổ 1, ấp Bình", "nói \"xin chào\"\nrồi đi");
        assertThat(records.get(2)).isEqualTo(new CsvReader.Record(4, List.of("next", "row")));
    }

    @Test
    void emptyFieldsAreKeptAtTheEndOfALine() {
        assertThat(CsvReader.parse("a,,\n\"\",b,\"\"").stream().map(CsvReader.Record::fields))
                .containsExactly(List.of("a", "", ""), List.of("", "b", ""));
    }

    @Test
    void aQuoteInsideAPlainFieldIsTakenLiterally() {
        assertThat(CsvReader.parse("5\" pipe,x").get(0).fields()).containsExactly("5\" pipe", "x");
    }

    @Test
    void anUnclosedQuoteFailsOnTheLineWhereItOpened() {
        assertThatThrownBy(() -> CsvReader.parse("a,b\n1,2\n3,\"open\n\nstill open"))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.messageKey()).isEqualTo("imports.csv.unclosedQuote");
                });
    }

    @Test
    void textAfterAClosingQuoteFails() {
        assertThatThrownBy(() -> CsvReader.parse("a,b\n\"x\"y,2"))
                .isInstanceOfSatisfying(
                        CsvFormatException.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void semicolonsSeparateWhenTheHeaderUsesThem() {
        assertThat(CsvReader.parse("code;name\n82;\"Tiền Giang; tỉnh\"").get(1).fields())
                .containsExactly("82", "Tiền Giang; tỉnh");
    }

    @Test
    void decodingDropsTheByteOrderMark() {
        byte[] bytes = "\uFEFFcode,name\n82,Tiền Giang".getBytes(StandardCharsets.UTF_8);

        assertThat(CsvReader.decode(bytes)).isEqualTo("code,name\n82,Tiền Giang");
    }

    @Test
    void bytesThatAreNotUtf8FailOnTheirLine() {
        byte[] windows1258 = {'a', ',', 'b', '\n', 'x', ',', 'y', '\n', 'T', (byte) 0xEA, 'n'};

        assertThatThrownBy(() -> CsvReader.decode(windows1258)).isInstanceOfSatisfying(CsvFormatException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.messageKey()).isEqualTo("imports.csv.notUtf8");
        });
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBack() {
        List<Object> cells =
                java.util.Arrays.asList("Nguyễn Thị \"Mai\"", "a,b", "line\nbreak", " padded ", null, 42, true, "x;y");
        StringWriter out = new StringWriter();
        new CsvWriter(out).byteOrderMark().row(cells);

        String text = out.toString();
        assertThat(text).startsWith("\uFEFF").endsWith("\r\n");
        assertThat(CsvReader.parse(text.substring(1)).get(0).fields())
                .containsExactly("Nguyễn Thị \"Mai\"", "a,b", "line\nbreak", " padded ", "", "42", "true", "x;y");
    }
}
