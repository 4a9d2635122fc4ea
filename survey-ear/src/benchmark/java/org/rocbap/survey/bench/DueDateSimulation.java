package org.rocbap.survey.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The day before a reply due date: 200 focal points, each signed in through Keycloak's login form
 * (the OpenID Connect code flow with PKCE, for a bearer token), save their participant's reply every
 * 5 to 15 seconds and upload a new 1 MB mission report every third save, for five minutes, then
 * submit the reply. Each writes what the server confirmed last to {@code saved.csv}, which
 * {@code DueDateLoadCheck} compares with what the database holds.
 *
 * <p>Run by {@code ./mvnw -Pload} against the stack {@code DueDateLoadData} prepares;
 * {@code -Dsurvey.seconds} changes the duration.
 */
public class DueDateSimulation extends Simulation {

    private static final String APP = System.getProperty("survey.app", "http://localhost:28080/survey/");
    private static final String REALM = System.getProperty("survey.realm", "http://localhost:28180/realms/rocb");
    private static final String CLIENT_SECRET = "survey-web-dev-secret";
    private static final Duration DURATION = Duration.ofSeconds(Long.getLong("survey.seconds", 300));
    private static final Duration RAMP = Duration.ofSeconds(60);
    private static final long REFRESH_AFTER_MILLIS = 240_000;
    private static final Path DIRECTORY = DueDateLoadData.directory();

    private static final List<Map<String, Object>> FOCAL_POINTS = focalPoints();

    private final HttpProtocolBuilder protocol = http.baseUrl(APP + "api/v1/")
            .acceptHeader("application/json")
            .acceptLanguageHeader("en")
            .userAgentHeader("Gatling load test");

    /** Keycloak's login form for a bearer token: authorization code with PKCE, as ApiClient signs in. */
    private final ChainBuilder signIn = exec(session -> {
                byte[] secret = new byte[32];
                new SecureRandom().nextBytes(secret);
                String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
                return session.set("verifier", verifier).set("challenge", challenge(verifier));
            })
            .exec(http("sign in: Keycloak's form")
                    .get(REALM + "/protocol/openid-connect/auth")
                    .queryParam("client_id", "survey-web")
                    .queryParam("response_type", "code")
                    .queryParam("scope", "openid")
                    .queryParam("redirect_uri", APP + "signed-in")
                    .queryParam("state", "load")
                    .queryParam("code_challenge", "#{challenge}")
                    .queryParam("code_challenge_method", "S256")
                    .header("Accept", "text/html")
                    .check(css("#kc-form-login", "action").saveAs("loginAction")))
            .exec(http("sign in: credentials")
                    .post("#{loginAction}")
                    .header("Accept", "text/html")
                    .formParam("username", "#{username}")
                    .formParam("password", DueDateLoadData.PASSWORD)
                    .formParam("credentialId", "")
                    .disableFollowRedirect()
                    .check(status().is(302), header("Location").transform(DueDateSimulation::code).saveAs("code")))
            .exec(http("sign in: token")
                    .post(REALM + "/protocol/openid-connect/token")
                    .formParam("grant_type", "authorization_code")
                    .formParam("code", "#{code}")
                    .formParam("redirect_uri", APP + "signed-in")
                    .formParam("client_id", "survey-web")
                    .formParam("client_secret", CLIENT_SECRET)
                    .formParam("code_verifier", "#{verifier}")
                    .check(jsonPath("$.access_token").saveAs("token"), jsonPath("$.refresh_token").saveAs("refresh")))
            .exec(session -> session.set("tokenAt", System.currentTimeMillis()));

    /** Access tokens live five minutes: a focal point working longer has theirs refreshed. */
    private final ChainBuilder refresh = exec(http("token refresh")
                    .post(REALM + "/protocol/openid-connect/token")
                    .formParam("grant_type", "refresh_token")
                    .formParam("refresh_token", "#{refresh}")
                    .formParam("client_id", "survey-web")
                    .formParam("client_secret", CLIENT_SECRET)
                    .check(jsonPath("$.access_token").saveAs("token"), jsonPath("$.refresh_token").saveAs("refresh")))
            .exec(session -> session.set("tokenAt", System.currentTimeMillis()));

    private final ChainBuilder saveReply = exec(http("save reply")
                    .put("participants/#{participant}/reply")
                    .header("Authorization", "Bearer #{token}")
                    .body(StringBody(session -> reply(session, false)))
                    .asJson()
                    .check(status().is(200), jsonPath("$.version").ofLong().saveAs("replyVersion")))
            .exec(session -> session.isFailed() ? session : session.set("saved", draft(session)));

    private final ChainBuilder uploadReport = exec(http("upload mission report (1 MB)")
                    .put("participants/#{participant}/mission-report")
                    .header("Authorization", "Bearer #{token}")
                    .body(StringBody(DueDateSimulation::missionReport))
                    .asJson()
                    .check(status().is(200), jsonPath("$.version").ofLong().saveAs("reportVersion")))
            .exec(session -> session.isFailed() ? session : session.set("uploaded", draft(session)));

    private final ScenarioBuilder focalPoint = scenario("focal points the day before the due date")
            .feed(listFeeder(FOCAL_POINTS).queue())
            .exec(session -> session.set("saved", 0).set("uploaded", 0))
            .exec(signIn)
            // Each round runs to its end: Gatling's default leaves the loop as soon as the time is up, between
            // a confirmed upload and the step that records it, and the check then expected an older report
            // (2 of 200 focal points in one clean-clone run).
            .during(DURATION, "n", false)
            .on(pause(Duration.ofSeconds(5), Duration.ofSeconds(15))
                    .doIf(session -> System.currentTimeMillis() - session.getLong("tokenAt") > REFRESH_AFTER_MILLIS)
                    .then(refresh)
                    .exec(saveReply)
                    .doIf(session -> draft(session) % 3 == 1)
                    .then(uploadReport))
            .exec(http("submit reply")
                    .put("participants/#{participant}/reply")
                    .header("Authorization", "Bearer #{token}")
                    .body(StringBody(session -> reply(session, true)))
                    .asJson()
                    .check(status().is(200)))
            .exec(DueDateSimulation::recordOutcome);

    {
        setUp(focalPoint.injectOpen(rampUsers(FOCAL_POINTS.size()).during(RAMP)))
                .protocols(protocol)
                .assertions(
                        global().failedRequests().count().is(0L),
                        // Far above what a focal point would wait for; the figures are printed with them.
                        details("save reply").responseTime().percentile(95.0).lt(10_000),
                        details("upload mission report (1 MB)").responseTime().percentile(95.0).lt(10_000));
    }

    /** The draft a save sends: the loop's turn, counted from 1. */
    private static int draft(Session session) {
        return session.getInt("n") + 1;
    }

    private static String reply(Session session, boolean submit) {
        int colleagues = submit ? session.getInt("saved") : draft(session);
        return """
                {"version": %s, "submit": %b, "answers": {"sharedMaterials": true, "colleaguesShared": %d,
                 "lessonsUsed": "Draft %d: risk profiles shared with the post-clearance audit team"}}"""
                .formatted(version(session, "replyVersion"), submit, colleagues, colleagues);
    }

    private static String missionReport(Session session) {
        byte[] document = LoadDocument.of(Long.parseLong(session.getString("participant")), draft(session));
        return """
                {"version": %s, "filedOn": "2025-09-20", "recommendations": "Adopt the risk profiles",
                 "documentName": "mission-report.pdf", "documentBase64": "%s"}"""
                .formatted(version(session, "reportVersion"), Base64.getEncoder().encodeToString(document));
    }

    private static String version(Session session, String key) {
        return session.contains(key) ? String.valueOf(session.getLong(key)) : "null";
    }

    private static Session recordOutcome(Session session) {
        String line = String.join(
                        ",",
                        session.getString("participant"),
                        String.valueOf(session.getInt("saved")),
                        String.valueOf(session.getInt("uploaded")),
                        String.valueOf(!session.isFailed()))
                + "\n";
        synchronized (DueDateSimulation.class) {
            try {
                Files.writeString(
                        DIRECTORY.resolve("saved.csv"),
                        line,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return session;
    }

    private static String code(String location) {
        String query = URI.create(location).getRawQuery();
        return Arrays.stream(query.split("&"))
                .filter(parameter -> parameter.startsWith("code="))
                .map(parameter -> URLDecoder.decode(parameter.substring(5), StandardCharsets.UTF_8))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No code in " + location));
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(MessageDigest.getInstance("SHA-256")
                            .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, Object>> focalPoints() {
        try {
            return Files.readAllLines(DIRECTORY.resolve("focal-points.csv")).stream()
                    .skip(1)
                    .map(line -> line.split(","))
                    .map(fields -> Map.<String, Object>of("username", fields[0], "participant", fields[1]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Run DueDateLoadData first: " + e.getMessage(), e);
        }
    }
}
