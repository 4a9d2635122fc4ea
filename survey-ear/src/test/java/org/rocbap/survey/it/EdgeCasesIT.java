package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rocbap.survey.it.FollowUpFixture.WORKSHOP;
import static org.rocbap.survey.it.Problems.assertProblem;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rocbap.survey.stack.SurveyStack;

/**
 * Edge cases seen through the API: every one answers a 4xx with the field named and changes nothing,
 * none answers 500. Races are run for real, with requests sent side by side.
 */
@ExtendWith(StackExtension.class)
class EdgeCasesIT {

    private static final int RACERS = 6;
    private static ExecutorService pool;

    private FollowUpFixture fixture;
    private ApiClient focalPoint;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(RACERS);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    @BeforeEach
    void arrange(SurveyStack stack) {
        fixture = new FollowUpFixture(stack);
        focalPoint = ApiClient.as(stack, DemoUser.FOCAL_POINT_FJI);
    }

    @ParameterizedTest(name = "attendees {0}")
    @ValueSource(strings = {"4294967297", "2147483648", "-2147483649", "1e400", "1.5", "\"12\"", "true"})
    void aNumberThatIsNotAWholeNumberInRangeIsRefusedWithItsField(String attendees) {
        HttpResponse<String> response = focalPoint.post("in-house-workshops", """
                {"administration": "FJI", "regionalWorkshop": "%s", "date": "2017-05-02", "title": "Cascade",
                 "attendees": %s}""".formatted(WORKSHOP, attendees));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(Problems.errors(response))
                .extracting(e -> e.getString("pointer"))
                .contains("/attendees");
    }

    @Test
    void aPlausibleNumberIsStillAccepted() {
        HttpResponse<String> response = focalPoint.post("in-house-workshops", """
                {"administration": "FJI", "regionalWorkshop": "%s", "date": "2017-05-02", "title": "Cascade",
                 "attendees": 5000}""".formatted(WORKSHOP));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(ApiClient.object(response).getInt("attendees")).isEqualTo(5000);
        assertProblem(focalPoint.post("in-house-workshops", """
                {"administration": "FJI", "regionalWorkshop": "%s", "date": "2017-05-02", "title": "Cascade",
                 "attendees": 5001}""".formatted(WORKSHOP)), 422, "/attendees", "5,001");
    }

    @Test
    void unreadableBodiesAre400AndWrongContentTypes415() {
        long participant = fixture.participant("FJI");
        String reply = "participants/" + participant + "/reply";

        assertThat(focalPoint.put(reply, "{\"version\": null, \"submit\": fal").statusCode())
                .isEqualTo(400);
        assertThat(focalPoint.put(reply, "[1, 2]").statusCode()).isEqualTo(400);
        HttpResponse<String> maybe = focalPoint.put(reply, """
                {"version": null, "submit": false, "answers": {"directEffects": "MAYBE"}}""");
        assertThat(maybe.statusCode()).as(maybe.body()).isEqualTo(400);
        HttpResponse<String> impossibleDate = focalPoint.put("participants/" + participant + "/mission-report", """
                {"version": null, "filedOn": "2017-02-30"}""");
        assertThat(impossibleDate.statusCode()).as(impossibleDate.body()).isEqualTo(400);
        assertThat(focalPoint.send("PUT", reply, "text/plain", "hello").statusCode())
                .isEqualTo(415);
        assertThat(focalPoint.get(reply).statusCode()).as("nothing stored").isEqualTo(404);
    }

    @Test
    void aProjectNamingMoreThanAHundredWorkshopsIsRefusedWithItsCount() {
        String codes = IntStream.rangeClosed(1, 101)
                .mapToObj(i -> "\"FY2021-" + i + "\"")
                .collect(Collectors.joining(", "));

        assertProblem(focalPoint.post("projects", """
                {"administration": "FJI", "title": "Too many workshops", "status": "PLANNED", "workshops": [%s]}""".formatted(codes)), 422, "/workshops", "101 workshops");
    }

    @Test
    void aDocumentNestedThousandsOfLevelsDeepIsRefused() {
        String deep = "[".repeat(20_000) + "]".repeat(20_000);

        HttpResponse<String> response = fixture.staff().post("rounds/import", "{\"fiscalYear\": " + deep + "}");

        assertThat(response.statusCode()).as(response.body()).isIn(400, 422);
    }

    @Test
    void textsLongerThanAllowedOrHoldingNulAreRefusedWithTheirField() {
        HttpResponse<String> title = fixture.staff().post("workshops", """
                {"code": "IT-LONG-%s", "title": "%s", "fiscalYear": "2018/19", "startDate": "2018-08-01",
                 "endDate": "2018-08-03"}""".formatted(shortId(), "T".repeat(301)));
        assertProblem(title, 422, "/title", "301 characters");

        long participant = fixture.participant("FJI");
        String reply = "participants/" + participant + "/reply";
        assertProblem(focalPoint.put(reply, """
                {"version": null, "submit": false, "answers": {"lessonsUsed": "%s"}}""".formatted("x".repeat(5001))), 422, "/lessonsUsed", "5,001 characters");
        assertProblem(focalPoint.put(reply, """
                {"version": null, "submit": false, "answers": {"lessonsUsed": "a\\u0000b"}}"""), 422, "/lessonsUsed", "NUL");
        assertProblem(
                fixture.staff()
                        .post("workshops/" + WORKSHOP + "/participants", """
                {"administration": "FJI", "name": "%s", "email": "long-%s@customs.example"}""".formatted("N".repeat(201), shortId())),
                422,
                "/name",
                "201 characters");
        assertThat(focalPoint.get(reply).statusCode()).as("nothing stored").isEqualTo(404);
    }

    @Test
    void unknownOrMissingAdministrationsAreRefusedWithTheirField() {
        assertProblem(focalPoint.post("projects", """
                {"administration": null, "title": "Advance rulings", "status": "PLANNED"}"""), 422, "/administration", "");
        assertProblem(fixture.staff().post("projects", """
                {"administration": "XXX", "title": "Advance rulings", "status": "PLANNED"}"""), 422, "/administration", "not a WCO");
        assertProblem(focalPoint.post("in-house-workshops", """
                {"regionalWorkshop": "%s", "date": "2017-05-02", "title": "Cascade", "attendees": 3}""".formatted(WORKSHOP)), 422, "/administration", "");
        HttpResponse<String> status = focalPoint.post("projects", """
                {"administration": "FJI", "title": "Advance rulings", "status": "HACKED"}""");
        assertThat(status.statusCode()).as(status.body()).isEqualTo(400);
    }

    @Test
    void concurrentSavesOfTheSameReplyAtTheSameVersionLetExactlyOneThrough() {
        long participant = fixture.participant("FJI");
        String reply = "participants/" + participant + "/reply";
        fixture.draftReply(participant);
        String version = fixture.version(reply);

        List<Integer> statuses = race(() ->
                focalPoint.put(reply, """
                {"version": %s, "submit": false, "answers": {"manuals": true, "lessonsUsed": "%s"}}""".formatted(version, UUID.randomUUID())).statusCode());

        assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
    }

    @Test
    void concurrentFirstRepliesCreateOneReply() {
        long participant = fixture.participant("FJI");
        String reply = "participants/" + participant + "/reply";

        List<Integer> statuses = race(() -> focalPoint.put(reply, """
                {"version": null, "submit": false, "answers": {"manuals": true}}""").statusCode());

        assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
    }

    @Test
    void concurrentSavesOfTheSameMissionReportLetExactlyOneThrough() {
        long participant = fixture.participant("FJI");
        String path = "participants/" + participant + "/mission-report";
        fixture.missionReport(participant, "2017-04-10");
        String version = fixture.version(path);

        List<Integer> statuses = race(() ->
                focalPoint.put(path, """
                {"version": %s, "filedOn": "2017-04-11", "recommendations": "%s"}""".formatted(version, UUID.randomUUID())).statusCode());

        assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
    }

    @Test
    void concurrentAddsOfTheSameParticipantAddOne() {
        String email = "race-" + shortId() + "@customs.example";

        List<Integer> statuses = race(() -> fixture.staff()
                .post("workshops/" + WORKSHOP + "/participants", """
                {"administration": "FJI", "name": "Racer", "email": "%s"}""".formatted(email))
                .statusCode());

        // Side by side the database refuses the second (409); a request that comes after the first
        // committed is told the e-mail is taken (422). Never two participants, never a 500.
        assertThat(statuses).containsOnlyOnce(201).isSubsetOf(201, 409, 422);
    }

    @Test
    void aMissionReportIsAcknowledgedOnce(SurveyStack stack) {
        long participant = fixture.participant("FJI");
        String path = "participants/" + participant + "/mission-report";
        fixture.missionReport(participant, "2017-04-10");
        ApiClient manager = ApiClient.as(stack, DemoUser.MANAGER_FJI);
        String first =
                ApiClient.object(manager.post(path + "/acknowledgement", "")).getString("acknowledgedAt");

        assertProblem(manager.post(path + "/acknowledgement", ""), 422, "", "already acknowledged");
        assertThat(ApiClient.object(manager.get(path)).getString("acknowledgedAt"))
                .isEqualTo(first);
    }

    @Test
    void aMissionReportOverTheLimitIsRefusedBeforeItIsRead() {
        long participant = fixture.participant("FJI");
        // 21 MB of base64 (the default limit is 20 MB of document).
        String huge = "A".repeat(28 * 1024 * 1024);

        HttpResponse<String> response =
                focalPoint.put("participants/" + participant + "/mission-report", """
                {"version": null, "filedOn": "2017-04-10", "documentName": "big.pdf", "documentBase64": "%s"}""".formatted(huge));

        assertProblem(response, 413, "/documentBase64", "the limit is 20 MB");
    }

    @Test
    void onlyStaffMayImportAndOthersAreToldBeforeTheBodyIsRead() {
        HttpResponse<String> response =
                focalPoint.post("rounds/import", "{\"fiscalYear\": \"2017/18\", \"workshops\": []}");

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void reFilingReplacesTheDocumentWhole(SurveyStack stack) {
        long participant = fixture.participant("FJI");
        String path = "participants/" + participant + "/mission-report";
        fixture.missionReport(participant, "2017-04-10");
        ApiClient.as(stack, DemoUser.MANAGER_FJI).post(path + "/acknowledgement", "");
        byte[] second = "%PDF-1.7\n% the revised report\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();

        HttpResponse<String> refiled = focalPoint.put(
                path, """
                {"version": %s, "filedOn": "2017-04-20", "recommendations": "Revised", "documentName": "revised.pdf",
                 "documentBase64": "%s"}""".formatted(fixture.version(path), Base64.getEncoder().encodeToString(second)));

        assertThat(refiled.statusCode()).as(refiled.body()).isEqualTo(200);
        var report = ApiClient.object(focalPoint.get(path));
        assertThat(report.getString("documentName")).isEqualTo("revised.pdf");
        assertThat(report.getString("filedOn")).isEqualTo("2017-04-20");
        assertThat(report.getString("recommendations")).isEqualTo("Revised");
        assertThat(report.getJsonNumber("documentSize").longValue()).isEqualTo(second.length);
        assertThat(report.getString("documentSha256")).isEqualTo(FollowUpFixture.sha256(second));
        assertThat(report.containsKey("acknowledgedBy"))
                .as("a new document voids the acknowledgement")
                .isFalse();
        HttpResponse<byte[]> download = focalPoint.getBytes(path + "/document");
        assertThat(download.body()).isEqualTo(second);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("revised.pdf"));
        String audit = fixture.staff().get("audit?max=50").body();
        assertThat(audit).contains("re-filed").contains("revised.pdf");
    }

    @Test
    void theAccessDeniedAndNotFoundPagesAnswerWithTheirOwnStatus(SurveyStack stack) throws Exception {
        String token = ApiClient.token(stack, DemoUser.FOCAL_POINT_FJI);

        HttpResponse<String> denied = page(stack, token, "workshop/edit.xhtml");
        HttpResponse<String> missing =
                page(stack, token, "questionnaire/reply.xhtml?participant=" + (Long.MAX_VALUE - 7));

        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains("class=\"error-403\"");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("class=\"error-404\"");
    }

    @Test
    void answersNameTheirFieldsOnlyOnce(SurveyStack stack) {
        fixture.participant("FJI");
        ApiClient head = ApiClient.as(stack, DemoUser.ROCB_HEAD);

        for (String path : new String[] {"compliance?administration=FJI", "rounds/trend"}) {
            HttpResponse<String> response = head.get(path);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(ApiClient.json(response.body()).asJsonArray().getValuesAs(jakarta.json.JsonObject.class))
                    .as(path)
                    .allSatisfy(row -> assertThat(row.keySet()).noneMatch(k -> k.matches("(get|is)[A-Z].*")));
        }
    }

    private static HttpResponse<String> page(SurveyStack stack, String token, String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(stack.settings().applicationUrl() + path))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept", "text/html")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static List<Integer> race(Supplier<Integer> request) {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            calls.add(CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return request.get();
                    },
                    pool));
        }
        start.countDown();
        return calls.stream().map(CompletableFuture::join).toList();
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
