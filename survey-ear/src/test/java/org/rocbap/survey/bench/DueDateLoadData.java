package org.rocbap.survey.bench;

import jakarta.json.Json;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rocbap.survey.it.KeycloakAdmin;
import org.rocbap.survey.stack.StackSettings;
import org.rocbap.survey.stack.SurveyStack;

/**
 * The day before a reply due date: starts the real stack on the test ports with empty data, creates a
 * workshop, and 200 focal points (Keycloak users of the 33 administrations in turn, each with their
 * own participant of that workshop), and writes them to {@code focal-points.csv} for
 * {@code DueDateSimulation}. The stack stays up until Maven ends; {@code DueDateLoadCheck} counts
 * what was saved afterwards.
 */
public final class DueDateLoadData {

    static final String WORKSHOP = "LOAD-DUE";
    static final String PASSWORD = "Due-date-load-1";
    static final int FOCAL_POINTS = Integer.getInteger("survey.users", 200);

    /** The 33 members of the ROCB A/P region. */
    private static final List<String> ADMINISTRATIONS = List.of(
            "AFG", "AUS", "BGD", "BRN", "BTN", "CHN", "FJI", "HKG", "IDN", "IND", "IRN", "JPN", "KHM", "KOR", "LAO",
            "LKA", "MAC", "MDV", "MMR", "MNG", "MYS", "NPL", "NZL", "PAK", "PHL", "PNG", "SGP", "THA", "TLS", "TON",
            "VNM", "VUT", "WSM");

    /** The Keycloak admin token lives a minute; a fresh one every this many users. */
    private static final int USERS_PER_ADMIN_TOKEN = 25;

    private DueDateLoadData() {}

    /** Where the focal points and, after the run, what each saved last are written. */
    static Path directory() {
        return Path.of(System.getProperty("survey.load.dir", "target/load"));
    }

    public static void main(String[] args) throws Exception {
        StackSettings settings = StackSettings.forTests();
        BenchmarkApi.deleteRecursively(settings.dataDir());
        BenchmarkApi.deleteRecursively(directory());
        Files.createDirectories(directory());
        // Not closed here: the stack's shutdown hook stops it when the Maven build that started it ends.
        SurveyStack stack = SurveyStack.start(settings, line -> System.out.println("[load] " + line));
        BenchmarkApi api = new BenchmarkApi(settings);
        api.create("workshops", """
                {"code": "%s", "title": "Regional workshop whose replies are due tomorrow", "fiscalYear": "2025/26",
                 "startDate": "2025-09-01", "endDate": "2025-09-05", "venue": "Suva", "accreditation": false}""".formatted(WORKSHOP));

        long start = System.nanoTime();
        List<String> lines = new ArrayList<>(List.of("username,participant"));
        KeycloakAdmin admin = null;
        for (int i = 0; i < FOCAL_POINTS; i++) {
            if (i % USERS_PER_ADMIN_TOKEN == 0) {
                admin = KeycloakAdmin.signIn(stack);
            }
            String administration = ADMINISTRATIONS.get(i % ADMINISTRATIONS.size());
            String username = "load.fp." + i;
            expect(
                    admin.createUser(username, PASSWORD, Map.of("administration", administration))
                            .statusCode(),
                    201,
                    username);
            expect(admin.grantRealmRole(username, "focal-point").statusCode(), 204, username);
            String participant = api.create(
                            "workshops/" + WORKSHOP + "/participants", """
                            {"administration": "%s", "name": "Participant %d", "email": "load-%d@customs.example"}""".formatted(administration, i, i))
                    .body();
            try (var reader = Json.createReader(new StringReader(participant))) {
                lines.add(
                        username + "," + reader.readObject().getJsonNumber("id").longValue());
            }
        }
        Files.write(directory().resolve("focal-points.csv"), lines);
        System.out.printf(
                "[load] %d focal points of %d administrations, each with a participant of %s, created in %.0f s%n",
                FOCAL_POINTS,
                Math.min(FOCAL_POINTS, ADMINISTRATIONS.size()),
                WORKSHOP,
                (System.nanoTime() - start) / 1e9);
    }

    private static void expect(int status, int expected, String user) {
        if (status != expected) {
            throw new IllegalStateException("Setting up " + user + " answered " + status + ", not " + expected);
        }
    }
}
