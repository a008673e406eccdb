package vn.langso.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Asks LangSo's health endpoint, once a second, whether the application has come up. */
final class HealthProbe {

    static final URI HEALTH = URI.create("http://localhost:" + ServerProcess.HTTP_PORT + "/api/v1/health");
    static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    enum Readiness {
        READY,
        SERVER_EXITED,
        STOPPING,
        TIMED_OUT
    }

    private HealthProbe() {}

    /** Until the endpoint answers 200, the server exits, a stop is requested or {@link #READY_TIMEOUT} passes. */
    static Readiness awaitReady(ServerProcess server, BooleanSupplier stopRequested) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(HEALTH)
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (stopRequested.getAsBoolean()) {
                return Readiness.STOPPING;
            }
            if (!server.isAlive()) {
                return stopRequested.getAsBoolean() ? Readiness.STOPPING : Readiness.SERVER_EXITED;
            }
            if (answersOk(client, request)) {
                return Readiness.READY;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Readiness.STOPPING;
            }
        }
        return Readiness.TIMED_OUT;
    }

    private static boolean answersOk(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
