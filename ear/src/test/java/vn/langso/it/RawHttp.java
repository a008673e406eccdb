package vn.langso.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 request over a plain socket, for what java.net.http refuses to do: send a Host header of our choosing,
 * or come from another loopback address (127.0.0.2 is a different client to the server, on the same machine).
 */
public final class RawHttp {

    private final URL base;
    private final InetAddress from;

    private RawHttp(URL base, InetAddress from) {
        this.base = base;
        this.from = from;
    }

    public static RawHttp to(URL base) {
        return new RawHttp(base, null);
    }

    /** Requests from another local address, e.g. {@code 127.0.0.2}. */
    public RawHttp from(String localAddress) {
        try {
            return new RawHttp(base, InetAddress.getByName(localAddress));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public Answer get(String path, Map<String, String> headers) {
        String target = base.getPath().replaceAll("/$", "") + "/" + (path.startsWith("/") ? path.substring(1) : path);
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Host", base.getHost() + ":" + base.getPort());
        all.putAll(headers);
        all.put("Connection", "close");
        StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\n");
        all.forEach(
                (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("\r\n");
        try (Socket socket = new Socket()) {
            if (from != null) {
                socket.bind(new InetSocketAddress(from, 0));
            }
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            return Answer.parse(socket.getInputStream());
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + target, e);
        }
    }

    public Answer getWithBasic(String path, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return get(path, Map.of("Authorization", "Basic " + token));
    }

    /** Status, headers (names in lower case, the last value of each) and the body as text. */
    public record Answer(int status, Map<String, String> headers, String body) {

        static Answer parse(InputStream in) throws IOException {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] head = text.substring(0, end < 0 ? text.length() : end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                if (colon > 0) {
                    headers.put(
                            head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            head[i].substring(colon + 1).trim());
                }
            }
            return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers, end < 0 ? "" : text.substring(end + 4));
        }
    }
}
