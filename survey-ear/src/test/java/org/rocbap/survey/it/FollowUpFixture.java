package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.rocbap.survey.stack.SurveyStack;

/** Builds follow-up data through the API as ROCB A/P staff, as the tests' arrange step. */
public final class FollowUpFixture {

    /**
     * The tests' own workshop, held in March 2017 so that its mission reports were due by 30 April
     * 2017. It is filed under FY2018/19 (its dates are flagged as outside it) so that nothing the
     * tests add is counted in FY2016/17, whose figures {@link RoundImportIT} checks against the report.
     */
    public static final String WORKSHOP = "IT-MAR17";

    private static final Object CREATED = new Object();
    private static volatile boolean workshopExists;

    /** The smallest file that is a PDF by its content. */
    public static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final ApiClient staff;

    public FollowUpFixture(SurveyStack stack) {
        this.staff = ApiClient.as(stack, DemoUser.ROCB_STAFF);
        synchronized (CREATED) {
            if (!workshopExists) {
                HttpResponse<String> response = staff.post("workshops", """
                        {"code": "%s", "title": "Integration test workshop on advance rulings", "fiscalYear": "2018/19",
                         "startDate": "2017-03-01", "endDate": "2017-03-31", "venue": "Suva", "accreditation": false}""".formatted(WORKSHOP));
                assertThat(response.statusCode()).as(response.body()).isIn(201, 422);
                workshopExists = true;
            }
        }
    }

    public ApiClient staff() {
        return staff;
    }

    /** A new participant of {@link #WORKSHOP} with a unique e-mail; returns its id. */
    public long participant(String administration) {
        return participant(administration, "Participant " + administration);
    }

    public long participant(String administration, String name) {
        String email = "p-" + UUID.randomUUID() + "@customs.example";
        HttpResponse<String> response =
                staff.post("workshops/" + WORKSHOP + "/participants", """
                {"administration": "%s", "name": "%s", "email": "%s"}""".formatted(administration, name, email));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.object(response).getJsonNumber("id").longValue();
    }

    public void missionReport(long participant, String filedOn) {
        HttpResponse<String> response = staff.put("participants/" + participant + "/mission-report", """
                {"version": %s, "filedOn": "%s", "recommendations": "Adopt the risk profiles", "documentName": "report.pdf",
                 "documentBase64": "%s"}""".formatted(
                        version("participants/" + participant + "/mission-report"),
                        filedOn,
                        Base64.getEncoder().encodeToString(PDF)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    public void draftReply(long participant) {
        HttpResponse<String> response = staff.put("participants/" + participant + "/reply", """
                {"version": %s, "submit": false, "answers": {"sharedMaterials": true, "colleaguesShared": 12}}""".formatted(
                        version("participants/" + participant + "/reply")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** The record's current version as JSON ({@code null} when there is none yet), for optimistic locking. */
    public String version(String path) {
        HttpResponse<String> response = staff.get(path);
        return response.statusCode() == 404
                ? "null"
                : String.valueOf(
                        ApiClient.object(response).getJsonNumber("version").longValue());
    }

    /** The hex SHA-256 of the bytes, as the API reports a document's. */
    public static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
