package org.rocbap.survey.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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

    // A round the size of the largest the ROCB A/P could run (300 workshops), in the proportions of the
    // seed's FY2016/17 round: four in five participants file a mission report, seven in ten reply,
    // three in five replies cascade in an in-house workshop and more than half start a project.
    private static final int WORKSHOPS = 300;
    private static final int PARTICIPANTS = 7_269;
    private static final int MISSION_REPORTS = 5_852;
    private static final int REPLIES = 5_084;
    private static final int IN_HOUSE_WORKSHOPS = 3_113;
    private static final int PROJECTS = 2_865;
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
                    "[bench] round document: %d workshops, %d participants, %d mission reports, %d replies,"
                            + " %d in-house workshops, %d projects, %.1f MB%n",
                    WORKSHOPS,
                    PARTICIPANTS,
                    MISSION_REPORTS,
                    REPLIES,
                    IN_HOUSE_WORKSHOPS,
                    PROJECTS,
                    round.length() / 1024.0 / 1024.0);

            double importSeconds = timedImport(http, api, token, round, "import");
            double reimportSeconds = timedImport(http, api, token, round, "re-import of the unchanged document");
            System.out.printf("[bench] import %.1f s, re-import %.1f s%n", importSeconds, reimportSeconds);

            long[] micros = new long[SUMMARY_CALLS];
            for (int i = -20; i < SUMMARY_CALLS; i++) {
                long t = System.nanoTime();
                HttpResponse<String> summary = http.send(
                        HttpRequest.newBuilder(URI.create(api + "rounds/2019-20/summary"))
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

    private static double timedImport(HttpClient http, String api, String token, String round, String what)
            throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> imported = http.send(
                HttpRequest.newBuilder(URI.create(api + "rounds/import"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(round))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "[bench] %s: HTTP %d in %.1f s: %s%n",
                what,
                imported.statusCode(),
                seconds,
                imported.body().length() > 400 ? imported.body().substring(0, 400) : imported.body());
        if (imported.statusCode() != 200) {
            throw new IllegalStateException("The benchmark round was refused; the summary would measure nothing.");
        }
        return seconds;
    }

    /** Whether the {@code i}-th of {@code total} items is one of {@code wanted}, spread evenly. */
    private static boolean spread(int i, int wanted, int total) {
        return (long) i * wanted / total != (long) (i + 1) * wanted / total;
    }

    /** FY2019/20 (in the past, so that no date lies in the future), in the sizes above. */
    private static String round() {
        JsonArrayBuilder workshops = Json.createArrayBuilder();
        JsonArrayBuilder replies = Json.createArrayBuilder();
        int participant = 0;
        int reply = 0;
        for (int w = 0; w < WORKSHOPS; w++) {
            String code = "FY1920-%03d".formatted(w + 1);
            int size = PARTICIPANTS / WORKSHOPS + (w < PARTICIPANTS % WORKSHOPS ? 1 : 0);
            JsonArrayBuilder participants = Json.createArrayBuilder();
            for (int p = 0; p < size; p++, participant++) {
                String email = "p" + p + "@" + code.toLowerCase() + ".example";
                String administration = MEMBERS[(w + p) % MEMBERS.length];
                var entry = Json.createObjectBuilder()
                        .add("administration", administration)
                        .add("name", "Participant " + p)
                        .add("email", email);
                if (spread(participant, MISSION_REPORTS, PARTICIPANTS)) {
                    entry.add("missionReport", Json.createObjectBuilder().add("filedOn", "2019-09-0" + (1 + p % 9)));
                }
                participants.add(entry);
                if (spread(participant, REPLIES, PARTICIPANTS)) {
                    replies.add(reply(code, email, administration, p, reply++));
                }
            }
            workshops.add(Json.createObjectBuilder()
                    .add("code", code)
                    .add("title", "Benchmark workshop " + (w + 1))
                    .add("startDate", "2019-08-05")
                    .add("endDate", "2019-08-08")
                    .add("accreditation", false)
                    .add("participants", participants));
        }
        return Json.createObjectBuilder()
                .add("fiscalYear", "2019/20")
                .add("workshops", workshops)
                .add("replies", replies)
                .build()
                .toString();
    }

    /** The {@code r}-th reply; some questions are left blank, as in the seed's round. */
    private static JsonObjectBuilder reply(String code, String email, String administration, int p, int r) {
        boolean inHouse = spread(r, IN_HOUSE_WORKSHOPS, REPLIES);
        boolean project = spread(r, PROJECTS, REPLIES);
        JsonObjectBuilder reply = Json.createObjectBuilder()
                .add("workshop", code)
                .add("participantEmail", email)
                .add("submittedOn", "2020-02-20")
                .add(
                        "q1",
                        Json.createObjectBuilder()
                                .add("sharedMaterials", true)
                                .add("colleaguesShared", p)
                                .add("submittedReport", true)
                                .add("inHouseWorkshop", inHouse)
                                .add("manuals", p % 3 == 0))
                .add("q1bisColleaguesLearned", p * 2)
                .add("q2", "How the lessons are used, reply " + r)
                .add(
                        "q5",
                        project
                                ? Json.createObjectBuilder()
                                        .add("answer", "YES")
                                        .add("text", "Project of " + administration + " " + r)
                                : Json.createObjectBuilder().add("answer", "NO"));
        if (r % 30 != 0) {
            reply.add(
                    "q3",
                    Json.createObjectBuilder()
                            .add("answer", p % 4 == 0 ? "NO" : "YES")
                            .add("text", "Effects"));
        }
        if (r % 50 != 0) {
            reply.add("q4", Json.createObjectBuilder().add("answer", "YES").add("text", "Efficiency"));
        }
        if (inHouse) {
            reply.add(
                    "inHouseWorkshops",
                    Json.createArrayBuilder()
                            .add(Json.createObjectBuilder()
                                    .add("date", "2019-10-%02d".formatted(1 + r % 28))
                                    .add("title", "Cascade " + r)
                                    .add("attendees", 10 + r % 40)));
        }
        return reply;
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
