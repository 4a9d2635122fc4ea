package org.rocbap.survey.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.rocbap.survey.stack.StackSettings;
import org.rocbap.survey.stack.SurveyStack;

/**
 * The issue's performance targets, measured on the real stack ({@code ./mvnw -Pbenchmark}): import a
 * fiscal year of 150 workshops and 5,000 replies, then ask for its summary 200 times. Prints the
 * figures for docs/performance.md. A measurement, not a test: it asserts nothing.
 */
public final class RoundBenchmark {

    private static final int WORKSHOPS = 150;
    private static final int REPLIES = 5_000;
    private static final int SUMMARY_CALLS = 200;
    private static final String[] MEMBERS = {
        "AFG", "AUS", "BGD", "BTN", "BRN", "KHM", "CHN", "FJI", "HKG", "IND", "IDN", "IRN", "JPN", "KOR", "LAO", "MAC",
        "MYS", "MDV", "MNG", "MMR", "NPL", "NZL", "PAK", "PNG", "PHL", "WSM", "SGP", "LKA", "THA", "TLS", "TON", "VUT",
        "VNM"
    };

    private RoundBenchmark() {}

    public static void main(String[] args) throws Exception {
        StackSettings settings = StackSettings.forTests();
        deleteRecursively(settings.dataDir());
        try (SurveyStack stack = SurveyStack.start(settings, line -> System.out.println("[bench] " + line))) {
            HttpClient http = HttpClient.newHttpClient();
            String token = token(http, stack);
            String api = settings.applicationUrl() + "api/v1/";
            String round = round();
            System.out.printf(
                    "[bench] round document: %d workshops, %d replies, %.1f MB%n",
                    WORKSHOPS, REPLIES, round.length() / 1024.0 / 1024.0);

            long start = System.nanoTime();
            HttpResponse<String> imported = http.send(
                    HttpRequest.newBuilder(URI.create(api + "rounds/import"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(round))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            double importSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "[bench] import: HTTP %d in %.1f s: %s%n",
                    imported.statusCode(),
                    importSeconds,
                    imported.body().length() > 300 ? imported.body().substring(0, 300) : imported.body());
            if (imported.statusCode() != 200) {
                throw new IllegalStateException("The benchmark round was refused; the summary would measure nothing.");
            }

            long[] micros = new long[SUMMARY_CALLS];
            for (int i = -20; i < SUMMARY_CALLS; i++) {
                long t = System.nanoTime();
                HttpResponse<String> summary = http.send(
                        HttpRequest.newBuilder(URI.create(api + "rounds/2030-31/summary"))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (summary.statusCode() != 200) {
                    throw new IllegalStateException("summary answered " + summary.statusCode() + ": " + summary.body());
                }
                if (i >= 0) {
                    micros[i] = (System.nanoTime() - t) / 1000;
                }
            }
            Arrays.sort(micros);
            System.out.printf(
                    "[bench] summary of %d workshops / %d replies, %d calls after 20 warm-up calls:"
                            + " p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    WORKSHOPS,
                    REPLIES,
                    SUMMARY_CALLS,
                    micros[SUMMARY_CALLS / 2] / 1000.0,
                    micros[(int) (SUMMARY_CALLS * 0.95)] / 1000.0,
                    micros[SUMMARY_CALLS - 1] / 1000.0);
        }
    }

    /** FY2030/31: 150 workshops of 34 participants; 5,000 of the 5,100 participants reply. */
    private static String round() {
        JsonArrayBuilder workshops = Json.createArrayBuilder();
        JsonArrayBuilder replies = Json.createArrayBuilder();
        int replied = 0;
        for (int w = 0; w < WORKSHOPS; w++) {
            String code = "FY3031-%03d".formatted(w + 1);
            JsonArrayBuilder participants = Json.createArrayBuilder();
            for (int p = 0; p < 34; p++) {
                String email = "p" + p + "@" + code.toLowerCase() + ".example";
                participants.add(Json.createObjectBuilder()
                        .add("administration", MEMBERS[p % MEMBERS.length])
                        .add("name", "Participant " + p)
                        .add("email", email)
                        .add("missionReport", Json.createObjectBuilder().add("filedOn", "2030-09-0" + (1 + p % 9))));
                if (replied < REPLIES && p < 34 - (w < 100 ? 1 : 0)) {
                    replied++;
                    replies.add(Json.createObjectBuilder()
                            .add("workshop", code)
                            .add("participantEmail", email)
                            .add("submittedOn", "2031-02-20")
                            .add(
                                    "q1",
                                    Json.createObjectBuilder()
                                            .add("sharedMaterials", true)
                                            .add("colleaguesShared", p)
                                            .add("submittedReport", true)
                                            .add("manuals", p % 3 == 0))
                            .add("q2", "How the lessons are used, reply " + replied)
                            .add(
                                    "q3",
                                    Json.createObjectBuilder()
                                            .add("answer", p % 4 == 0 ? "NO" : "YES")
                                            .add("text", "Effects"))
                            .add(
                                    "q4",
                                    Json.createObjectBuilder()
                                            .add("answer", "YES")
                                            .add("text", "Efficiency")));
                }
            }
            workshops.add(Json.createObjectBuilder()
                    .add("code", code)
                    .add("title", "Benchmark workshop " + (w + 1))
                    .add("startDate", "2030-08-05")
                    .add("endDate", "2030-08-08")
                    .add("accreditation", false)
                    .add("participants", participants));
        }
        return Json.createObjectBuilder()
                .add("fiscalYear", "2030/31")
                .add("workshops", workshops)
                .add("replies", replies)
                .build()
                .toString();
    }

    private static String token(HttpClient http, SurveyStack stack) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(stack.realmUrl() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "grant_type=client_credentials&client_id=survey-api&client_secret=survey-api-dev-secret"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
        return json.getString("access_token");
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
