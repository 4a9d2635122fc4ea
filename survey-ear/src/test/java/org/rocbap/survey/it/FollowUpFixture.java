package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.rocbap.survey.stack.SurveyStack;

/** Builds follow-up data through the API as ROCB A/P staff, as the tests' arrange step. */
public final class FollowUpFixture {

    /** A FY2016/17 workshop of the reference data: Mar 2017, so its mission reports were due by 30 Apr 2017. */
    public static final String WORKSHOP = "FY1617-08";

    /** The smallest file that is a PDF by its content. */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final ApiClient staff;

    public FollowUpFixture(SurveyStack stack) {
        this.staff = ApiClient.as(stack, DemoUser.ROCB_STAFF);
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
        HttpResponse<String> response = staff.post("workshops/" + WORKSHOP + "/participants", """
                {"administration": "%s", "name": "%s", "email": "%s"}""".formatted(administration, name, email));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.object(response).getJsonNumber("id").longValue();
    }

    public void missionReport(long participant, String filedOn) {
        HttpResponse<String> response = staff.put("participants/" + participant + "/mission-report", """
                {"version": %s, "filedOn": "%s", "recommendations": "Adopt the risk profiles", "documentName": "report.pdf",
                 "documentBase64": "%s"}""".formatted(version("participants/" + participant + "/mission-report"), filedOn,
                Base64.getEncoder().encodeToString(PDF)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    public void draftReply(long participant) {
        HttpResponse<String> response = staff.put("participants/" + participant + "/reply", """
                {"version": %s, "submit": false, "answers": {"sharedMaterials": true, "colleaguesShared": 12}}"""
                .formatted(version("participants/" + participant + "/reply")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** The record's current version as JSON ({@code null} when there is none yet), for optimistic locking. */
    public String version(String path) {
        HttpResponse<String> response = staff.get(path);
        return response.statusCode() == 404 ? "null" : String.valueOf(ApiClient.object(response).getJsonNumber("version").longValue());
    }
}
