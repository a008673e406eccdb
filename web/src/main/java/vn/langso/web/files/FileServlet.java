package vn.langso.web.files;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.util.Optional;
import vn.langso.courses.boundary.CourseFiles;
import vn.langso.courses.boundary.FileDownload;
import vn.langso.kernel.NotFoundException;

/**
 * Course files, {@code /files/<key>}, to those who may see the course (web.xml already requires a signed-in caller).
 * Whatever the bytes hold, the browser must treat them as the recognised type and never as a page of this site: the
 * type is fixed (nosniff), the response is sandboxed by its own policy, and only images and videos show inline. A single
 * byte range is answered, so that videos can seek; files are streamed, never loaded.
 */
@WebServlet(FileServlet.PATH + "/*")
public class FileServlet extends HttpServlet {

    static final String PATH = "/files";

    private static final int BUFFER = 64 * 1024;

    @Inject
    CourseFiles files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        FileDownload file;
        try {
            file = files.open(key);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long size = Files.size(file.path());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Cache-Control", "private");
        response.setHeader("Accept-Ranges", "bytes");
        Optional<ByteRange> range = ByteRange.parse(request.getHeader("Range"), size);
        if (range.isPresent() && range.get().unsatisfiable()) {
            response.setHeader("Content-Range", "bytes */" + size);
            response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", ContentDisposition.of(file));
        long start = range.map(ByteRange::start).orElse(0L);
        long length = range.map(ByteRange::length).orElse(size);
        if (range.isPresent()) {
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", "bytes " + start + "-" + (start + length - 1) + "/" + size);
        }
        response.setContentLengthLong(length);
        if (!"HEAD".equals(request.getMethod())) {
            copy(file, start, length, response.getOutputStream());
        }
    }

    private static void copy(FileDownload file, long start, long length, OutputStream out) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file.path());
                InputStream in = Channels.newInputStream(channel.position(start))) {
            byte[] buffer = new byte[BUFFER];
            long remaining = length;
            while (remaining > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                if (read < 0) {
                    return;
                }
                out.write(buffer, 0, read);
                remaining -= read;
            }
        }
    }
}
