package vn.langso.courses;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.langso.it.WebClient;

/** A signed-in session that fetches files as bytes, with or without a Range header, over HTTP/1.1 as browsers do. */
final class FileRequests {

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private FileRequests(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    }

    static FileRequests signedIn(URL base, String username, String password) throws Exception {
        FileRequests session = new FileRequests(base);
        String page = new String(session.get("login.xhtml", null).body(), StandardCharsets.UTF_8);
        Map<String, String> form = Map.of(
                "login",
                "login",
                "login:username",
                username,
                "login:password",
                password,
                "login:submit",
                "",
                "jakarta.faces.ViewState",
                WebClient.viewState(page));
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        session.http.send(
                HttpRequest.newBuilder(session.base.resolve("login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return session;
    }

    HttpResponse<byte[]> get(String path, String range) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path));
        if (range != null) {
            request.header("Range", range);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A form with one file, as a browser sends it; the file's bytes are generated while they are sent. */
    HttpResponse<String> postFile(String path, Map<String, String> fields, String fileField, String fileName, int size)
            throws IOException, InterruptedException {
        String boundary = "----langso" + System.nanoTime();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        head.append("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n");
        byte[] filler = new byte[size];
        Arrays.fill(filler, (byte) 'a');
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(
                        head.toString().getBytes(StandardCharsets.UTF_8),
                        filler,
                        ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8))))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    String page(String path) throws IOException, InterruptedException {
        return new String(get(path, null).body(), StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
