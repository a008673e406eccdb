package vn.langso.org;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.langso.it.WebClient;

/** The CSV doors of LangSo for the import and export tests: the API with HTTP Basic, the pages with a session. */
final class CsvClient {

    private final URI base;
    private final HttpClient http;

    CsvClient(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    HttpResponse<String> importCsv(String kind, String csv, String username, String password) {
        return importAs("text/csv; charset=UTF-8", kind, csv, username, password);
    }

    HttpResponse<String> importAs(String contentType, String kind, String csv, String username, String password) {
        return send(HttpRequest.newBuilder(base.resolve("api/v1/imports/" + kind))
                .header("Authorization", basic(username, password))
                .header("Content-Type", contentType)
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                .build());
    }

    HttpResponse<String> getWithBasic(String path, String username, String password) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", basic(username, password))
                .GET()
                .build());
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    /** Signs in through the sign-in form; the session cookie stays with this client. */
    HttpResponse<String> signIn(String username, String password) {
        String page = get("login.xhtml").body();
        return post(
                "login.xhtml",
                Map.of(
                        "login",
                        "login",
                        "login:username",
                        username,
                        "login:password",
                        password,
                        "login:submit",
                        "",
                        "jakarta.faces.ViewState",
                        WebClient.viewState(page)));
    }

    /** A form post; a Faces ajax request when the form says so, as PrimeFaces sends it. */
    HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (form.containsKey("jakarta.faces.partial.ajax")) {
            request.header("Faces-Request", "partial/ajax");
        }
        return send(request.build());
    }

    /** A multipart form post, as a browser submits a form with a file. */
    HttpResponse<String> upload(
            String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        String boundary = "----langso" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                        + "\r\n"));
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    /** A number of a JSON answer, {@code "created":3}. */
    static int number(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        if (!matcher.find()) {
            throw new AssertionError("No " + name + " in " + json);
        }
        return Integer.parseInt(matcher.group(1));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted: " + request.uri(), e);
        }
    }
}
