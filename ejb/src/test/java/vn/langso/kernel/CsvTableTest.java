package vn.langso.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    static final CsvColumns NAMES = new CsvColumns() {
        @Override
        public List<String> columns() {
            return List.of("code", "name");
        }

        @Override
        public boolean required(String column) {
            return true;
        }
    };

    @Test
    void controlBidiAndZeroWidthCharactersAreRefusedWithTheirLineColumnAndPosition() {
        CsvTable table = CsvTable.read(
                "code,name\n"
                        + "A1,Tổ\u0000 một\n"
                        + "A2,Tổ hai\u202Egpj.exe\n"
                        + "A3,Tổ\u200B ba\n"
                        + "A\u00074,Tổ bốn\n"
                        + "A5,\"Tổ năm\r\nxuống dòng\tvà tab\"\n",
                NAMES);

        assertThat(table.errors())
                .containsExactly(
                        new ImportError(2, "name", "imports.field.hiddenCharacter", List.of("3", "U+0000")),
                        new ImportError(3, "name", "imports.field.hiddenCharacter", List.of("7", "U+202E")),
                        new ImportError(4, "name", "imports.field.hiddenCharacter", List.of("3", "U+200B")),
                        new ImportError(5, "code", "imports.field.hiddenCharacter", List.of("2", "U+0007")));
        assertThat(table.rows().get(4).valid())
                .as("line breaks and tabs are ordinary spaces")
                .isTrue();
    }
}
