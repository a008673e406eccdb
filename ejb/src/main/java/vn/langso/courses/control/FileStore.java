package vn.langso.courses.control;

import jakarta.enterprise.context.Dependent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.langso.courses.entity.FileKind;
import vn.langso.kernel.InvalidInputException;

/**
 * The bytes of uploaded files, under {@code <data dir>/files/<first two characters of the key>/<key>}, outside the
 * web root. An upload streams to a temporary file while it is counted and hashed, so no file is ever held in memory;
 * reading stops as soon as the kind's limit is passed; the type is recognised from the content; only then does the
 * file move into place. A refused upload leaves nothing behind.
 */
@Dependent
public class FileStore {

    /** A stored file's key: 128 random bits, so that no one finds a file by guessing. */
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;
    private final FileTypeDetector detector = new FileTypeDetector();

    /** What was stored. */
    public record Stored(String key, String contentType, long sizeBytes, String sha256) {}

    public FileStore() {
        this(dataDir());
    }

    public FileStore(Path dataDir) {
        this.root = dataDir.resolve("files");
    }

    /**
     * The data directory: the system property {@code langso.data.dir} (tests), else {@code LANGSO_DATA_DIR} (the
     * launcher always passes an absolute one), else {@code ./data}.
     */
    static Path dataDir() {
        String configured = Optional.ofNullable(System.getProperty("langso.data.dir"))
                .or(() -> Optional.ofNullable(System.getenv("LANGSO_DATA_DIR")))
                .filter(value -> !value.isBlank())
                .orElse("data");
        return Path.of(configured).toAbsolutePath().normalize();
    }

    /** Stores the content, or refuses it as {@code field} with the reason; a refusal leaves no file. */
    public Stored store(FileKind kind, InputStream content, String field) {
        try {
            Path temporary = temporaryFile();
            try {
                return store(kind, content, field, temporary);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Stored store(FileKind kind, InputStream content, String field, Path temporary) throws IOException {
        MessageDigest sha256 = sha256();
        long size = copy(content, temporary, sha256, FileRules.limitBytes(kind));
        if (size > FileRules.limitBytes(kind)) {
            throw new InvalidInputException(field, "files.tooLarge", FileRules.limitMegabytes(kind));
        }
        if (size == 0) {
            throw new InvalidInputException(field, "files.empty");
        }
        String contentType = detector.detect(temporary);
        if (!FileRules.accepts(kind, contentType)) {
            throw new InvalidInputException(field, "files.typeRefused", FileRules.acceptedNames(kind));
        }
        String key = newKey();
        Path target = path(key).orElseThrow();
        Files.createDirectories(target.getParent());
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        return new Stored(key, contentType, size, HexFormat.of().formatHex(sha256.digest()));
    }

    /** Where a key's bytes are; empty for anything that is not a key, so no name can reach outside the store. */
    public Optional<Path> path(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        return Optional.of(root.resolve(key.substring(0, 2)).resolve(key));
    }

    public void delete(String key) {
        path(key).ifPresent(path -> {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Copies at most one byte past the limit, so an oversized upload is known without reading it all. */
    private static long copy(InputStream content, Path target, MessageDigest digest, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            int read;
            while ((read = content.read(buffer)) != -1) {
                total += read;
                if (total > limit) {
                    return total;
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        }
        return total;
    }

    /** In the store itself, so that the final move stays on one file system and is atomic. */
    private Path temporaryFile() throws IOException {
        Path directory = root.resolve("incoming");
        Files.createDirectories(directory);
        return Files.createTempFile(directory, "upload-", ".part");
    }

    private static String newKey() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return HexFormat.of().formatHex(bits);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
