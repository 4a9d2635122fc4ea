package org.rocbap.survey.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.rocbap.survey.stack.ServiceAccount;
import org.rocbap.survey.stack.StackSettings;

/** What the benchmarks do through the public API, as the survey-api service account (ROCB A/P staff). */
final class BenchmarkApi {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String api;
    private final String token;

    BenchmarkApi(StackSettings settings) throws IOException, InterruptedException {
        this.api = settings.applicationUrl() + "api/v1/";
        this.token = ServiceAccount.token(http, settings.realmUrl());
    }

    HttpClient http() {
        return http;
    }

    String token() {
        return token;
    }

    /** Imports a round document and returns the seconds it took; a refused document stops the benchmark. */
    double importRound(String document, String what) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> imported = http.send(
                HttpRequest.newBuilder(URI.create(api + "rounds/import"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(document))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        String body = imported.body();
        System.out.printf(
                "[bench] %s: HTTP %d in %.1f s: %s%n",
                what, imported.statusCode(), seconds, body.length() > 300 ? body.substring(0, 300) : body);
        if (imported.statusCode() != 200) {
            throw new IllegalStateException("The benchmark round was refused; nothing would be measured.");
        }
        return seconds;
    }

    /** A JSON body sent; anything but 201 stops the benchmark, since nothing would be measured. */
    HttpResponse<String> create(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> created = http.send(
                HttpRequest.newBuilder(URI.create(api + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException(
                    "POST " + path + " answered " + created.statusCode() + ": " + created.body());
        }
        return created;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(api + path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
