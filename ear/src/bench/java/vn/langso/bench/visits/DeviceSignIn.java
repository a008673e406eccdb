package vn.langso.bench.visits;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.langso.bench.BenchLearners;

/** Signs a benchmark account in as the field app does: a device token, asked for once with HTTP Basic. */
final class DeviceSignIn {

    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private DeviceSignIn() {}

    static String token(String url, String username) {
        String basic = Base64.getEncoder()
                .encodeToString((username + ":" + BenchLearners.PASSWORD).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> issued = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url + "api/v1/device-tokens"))
                            .header("Authorization", "Basic " + basic)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"deviceName\":\"Thử tải\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token = TOKEN.matcher(issued.body());
            if (issued.statusCode() != 201 || !token.find()) {
                throw new IllegalStateException("No device token for " + username + ": " + issued.statusCode());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("LangSo does not answer at " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
