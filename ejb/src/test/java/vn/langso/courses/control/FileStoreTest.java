package vn.langso.courses.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.langso.courses.entity.FileKind;
import vn.langso.kernel.InvalidInputException;

class FileStoreTest {

    @TempDir
    Path dataDir;

    FileStore store;

    @Test
    void anAcceptedFileLandsUnderItsKeyWithItsHash() throws IOException {
        store = new FileStore(dataDir);
        byte[] pdf = "%PDF-1.4\nhello\n".getBytes(StandardCharsets.US_ASCII);

        FileStore.Stored stored = store.store(FileKind.DOCUMENT, new ByteArrayInputStream(pdf), "file");

        assertThat(stored.key()).matches("[0-9a-f]{32}");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).hasSize(64);
        Path path = store.path(stored.key()).orElseThrow();
        assertThat(path)
                .isEqualTo(dataDir.resolve("files")
                        .resolve(stored.key().substring(0, 2))
                        .resolve(stored.key()));
        assertThat(Files.readAllBytes(path)).isEqualTo(pdf);
        assertThat(files()).containsExactly(path);
    }

    @Test
    void anOversizedUploadIsRefusedWithTheLimitAndNotReadToTheEnd() throws IOException {
        store = new FileStore(dataDir);
        EndlessPdf content = new EndlessPdf();

        assertThatThrownBy(() -> store.store(FileKind.IMAGE, content, "file"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("files.tooLarge");
                    assertThat(e.arguments()).containsExactly(5);
                    assertThat(e.field()).isEqualTo("file");
                });
        assertThat(content.served).isLessThan(6L * 1024 * 1024);
        assertThat(files()).isEmpty();
    }

    @Test
    void aWrongTypeOrNothingAtAllLeavesNoFile() throws IOException {
        store = new FileStore(dataDir);

        assertThatThrownBy(() -> store.store(
                        FileKind.IMAGE, new ByteArrayInputStream("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)), "f"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("files.typeRefused"));
        assertThatThrownBy(() -> store.store(FileKind.DOCUMENT, new ByteArrayInputStream(new byte[0]), "f"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("files.empty"));
        assertThat(files()).isEmpty();
    }

    @Test
    void onlyRealKeysMapToPaths() {
        store = new FileStore(dataDir);

        assertThat(store.path("../../etc/passwd")).isEmpty();
        assertThat(store.path("ABCDEF0123456789abcdef0123456789")).isEmpty();
        assertThat(store.path(null)).isEmpty();
        assertThat(store.path("abcdef0123456789abcdef0123456789")).isPresent();
    }

    private java.util.List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(dataDir)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    /** A PDF that never ends, counting what was read from it. */
    static final class EndlessPdf extends InputStream {
        long served;

        @Override
        public int read() {
            return served++ < 5 ? "%PDF-".charAt((int) served - 1) : 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            for (int i = 0; i < length; i++) {
                buffer[offset + i] = (byte) read();
            }
            return length;
        }
    }
}
