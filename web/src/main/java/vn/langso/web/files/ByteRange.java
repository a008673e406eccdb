package vn.langso.web.files;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a {@code Range} header ({@code bytes=0-99}, {@code bytes=100-}, {@code bytes=-100}), clipped to
 * the file. Several ranges, or a header that does not parse, are ignored and the whole file is sent, as HTTP allows.
 */
record ByteRange(long start, long length) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    static final ByteRange UNSATISFIABLE = new ByteRange(-1, 0);

    static Optional<ByteRange> parse(String header, long size) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher matcher = SINGLE.matcher(header.strip());
        if (!matcher.matches()
                || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
            return Optional.empty();
        }
        try {
            if (matcher.group(1).isEmpty()) {
                long suffix = Long.parseLong(matcher.group(2));
                return Optional.of(
                        suffix == 0 || size == 0
                                ? UNSATISFIABLE
                                : new ByteRange(size - Math.min(suffix, size), Math.min(suffix, size)));
            }
            long first = Long.parseLong(matcher.group(1));
            long last = matcher.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(matcher.group(2)), size - 1);
            if (first >= size || last < first) {
                return Optional.of(UNSATISFIABLE);
            }
            return Optional.of(new ByteRange(first, last - first + 1));
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }

    boolean unsatisfiable() {
        return start < 0;
    }
}
