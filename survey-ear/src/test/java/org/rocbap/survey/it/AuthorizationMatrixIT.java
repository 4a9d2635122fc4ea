package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rocbap.survey.it.FollowUpFixture.WORKSHOP;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rocbap.survey.stack.SurveyStack;

/**
 * Every role against every service operation, on its own administration (FJI) and another one (WSM),
 * through the API with real users' tokens: each cell is either done or refused (403, or 404 for a
 * record of an administration the user may not read). The
 * expectations are written out here, independently of the services' own access policy.
 */
@ExtendWith(StackExtension.class)
class AuthorizationMatrixIT {

    private static final String OWN = "FJI";
    private static final String OTHER = "WSM";
    /** The survey round of the fixture's workshop's fiscal year. */
    private static final String ROUND = "rounds/2018-19/survey";

    private static final Map<String, Long> PARTICIPANT = new java.util.HashMap<>();
    private static FollowUpFixture fixture;

    /** Who may do it, as the issue states it. */
    enum Access {
        /** focal point and manager of the administration, ROCB staff and head */
        READ,
        /** focal point of the administration, ROCB staff */
        EDIT,
        /** manager of the administration */
        ACKNOWLEDGE,
        /** ROCB staff only */
        STAFF,
        /** ROCB staff and head */
        ROCB,
        /** the ROCB head only */
        HEAD,
        /** any focal point, for their own administration whatever the cell's */
        FOCAL_POINT
    }

    enum Operation {
        LIST_PARTICIPANTS(Access.READ, false),
        ADD_PARTICIPANT(Access.STAFF, false),
        FILE_MISSION_REPORT(Access.EDIT, true),
        READ_MISSION_REPORT(Access.READ, true),
        DOWNLOAD_MISSION_REPORT(Access.READ, true),
        ACKNOWLEDGE_MISSION_REPORT(Access.ACKNOWLEDGE, true),
        SAVE_REPLY(Access.EDIT, true),
        READ_REPLY(Access.READ, true),
        RECORD_IN_HOUSE_WORKSHOP(Access.EDIT, false),
        LIST_IN_HOUSE_WORKSHOPS(Access.READ, false),
        CREATE_PROJECT(Access.EDIT, false),
        LIST_PROJECTS(Access.READ, false),
        READ_COMPLIANCE(Access.READ, false),
        READ_AUDIT_TRAIL(Access.STAFF, false),
        READ_SURVEY_ROUND(Access.ROCB, false),
        PLAN_SURVEY_ROUND(Access.STAFF, false),
        LIST_ROUND_INVITATIONS(Access.ROCB, false),
        LIST_ROUND_MAIL(Access.STAFF, false),
        RUN_ROUND_SCHEDULE(Access.STAFF, false),
        READ_TEST_CLOCK(Access.STAFF, false),
        LIST_QUOTABLE_ANSWERS(Access.ROCB, false),
        LIST_REPORT_EXAMPLES(Access.ROCB, false),
        WRITE_REPORT_TEXT(Access.HEAD, false),
        LIST_REPORT_EDITIONS(Access.ROCB, false),
        LIST_CONSENT_REQUESTS(Access.FOCAL_POINT, false);

        final Access access;
        final boolean byParticipantId;

        Operation(Access access, boolean byParticipantId) {
            this.access = access;
            this.byParticipantId = byParticipantId;
        }
    }

    @BeforeAll
    static void arrange(SurveyStack stack) {
        fixture = new FollowUpFixture(stack);
        for (String administration : new String[] {OWN, OTHER}) {
            long participant = fixture.participant(administration);
            fixture.missionReport(participant, "2017-04-10");
            fixture.draftReply(participant);
            PARTICIPANT.put(administration, participant);
        }
        // A round planned, never opened, so that nothing is sent for the fixture's participants.
        HttpResponse<String> planned = fixture.staff().put(ROUND, """
                {"version": %s, "opensOn": "2018-07-01", "closesOn": "2020-02-28"}""".formatted(fixture.version(ROUND)));
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(200);
    }

    static Stream<Arguments> cells() {
        return Stream.of(DemoUser.FOCAL_POINT_FJI, DemoUser.MANAGER_FJI, DemoUser.ROCB_STAFF, DemoUser.ROCB_HEAD)
                .flatMap(user -> Arrays.stream(Operation.values())
                        .flatMap(op -> Stream.of(Arguments.of(user, op, OWN), Arguments.of(user, op, OTHER))));
    }

    @ParameterizedTest(name = "{0} {1} on {2}")
    @MethodSource("cells")
    void eachRoleMayDoExactlyWhatItsRoleAllows(
            DemoUser user, Operation operation, String administration, SurveyStack stack) {
        HttpResponse<?> response = call(ApiClient.as(stack, user), operation, administration);

        if (allowed(user, operation.access, administration)) {
            assertThat(response.statusCode())
                    .as("%s %s on %s: %s", user, operation, administration, response.body())
                    .isBetween(200, 299);
        } else {
            assertThat(response.statusCode())
                    .as("%s %s on %s: %s", user, operation, administration, response.body())
                    .isEqualTo(refusal(user, operation, administration));
        }
    }

    /**
     * A record named by its id in an administration the user may not read answers as a record that
     * does not exist (no oracle on sequential ids); everything else refused is forbidden.
     */
    private static int refusal(DemoUser user, Operation operation, String administration) {
        return operation.byParticipantId && !allowed(user, Access.READ, administration) ? 404 : 403;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usersOfOneAdministration")
    void anotherAdministrationsRecordAnswersAsOneThatDoesNotExist(DemoUser user, SurveyStack stack) {
        ApiClient api = ApiClient.as(stack, user);
        long other = PARTICIPANT.get(OTHER);
        long missing = Long.MAX_VALUE - 7;

        for (String path : new String[] {"/reply", "/mission-report", "/mission-report/document"}) {
            HttpResponse<String> existing = api.get("participants/" + other + path);
            HttpResponse<String> absent = api.get("participants/" + missing + path);
            assertThat(existing.statusCode()).as(path).isEqualTo(404).isEqualTo(absent.statusCode());
            assertThat(existing.body().replace(String.valueOf(other), "ID"))
                    .isEqualTo(absent.body().replace(String.valueOf(missing), "ID"));
        }
    }

    static Stream<DemoUser> usersOfOneAdministration() {
        return Stream.of(DemoUser.FOCAL_POINT_FJI, DemoUser.MANAGER_FJI);
    }

    private static boolean allowed(DemoUser user, Access access, String administration) {
        boolean own = administration.equals(user.administration);
        boolean staff = user.roles.contains("rocb-staff");
        return switch (access) {
            case READ -> user.seesAllAdministrations() || own;
            case EDIT -> staff || (own && user.roles.contains("focal-point"));
            case ACKNOWLEDGE -> own && user.roles.contains("manager");
            case STAFF -> staff;
            case ROCB -> user.seesAllAdministrations();
            case HEAD -> user.roles.contains("rocb-head");
            case FOCAL_POINT -> user.roles.contains("focal-point");
        };
    }

    private static HttpResponse<?> call(ApiClient api, Operation operation, String administration) {
        long participant = PARTICIPANT.get(administration);
        String report = "participants/" + participant + "/mission-report";
        String reply = "participants/" + participant + "/reply";
        return switch (operation) {
            case LIST_PARTICIPANTS ->
                api.get("workshops/" + WORKSHOP + "/participants?administration=" + administration);
            case ADD_PARTICIPANT ->
                api.post("workshops/" + WORKSHOP + "/participants", """
                    {"administration": "%s", "name": "New participant", "email": "%s@customs.example"}""".formatted(administration, UUID.randomUUID()));
            case FILE_MISSION_REPORT -> api.put(report, """
                    {"version": %s, "filedOn": "2017-04-12", "recommendations": "Revised"}""".formatted(fixture.version(report)));
            case READ_MISSION_REPORT -> api.get(report);
            case DOWNLOAD_MISSION_REPORT -> api.getBytes(report + "/document");
            case ACKNOWLEDGE_MISSION_REPORT -> api.post(report + "/acknowledgement", "");
            case SAVE_REPLY -> api.put(reply, """
                    {"version": %s, "submit": false, "answers": {"manuals": true}}""".formatted(fixture.version(reply)));
            case READ_REPLY -> api.get(reply);
            case RECORD_IN_HOUSE_WORKSHOP -> api.post("in-house-workshops", """
                    {"administration": "%s", "regionalWorkshop": "%s", "date": "2017-05-02", "title": "Cascade session",
                     "attendees": 25}""".formatted(administration, WORKSHOP));
            case LIST_IN_HOUSE_WORKSHOPS -> api.get("in-house-workshops?administration=" + administration);
            case CREATE_PROJECT -> api.post("projects", """
                    {"administration": "%s", "title": "Advance rulings unit", "status": "PLANNED", "workshops": ["%s"]}""".formatted(administration, WORKSHOP));
            case LIST_PROJECTS -> api.get("projects?administration=" + administration);
            case READ_COMPLIANCE -> api.get("compliance?administration=" + administration);
            case READ_AUDIT_TRAIL -> api.get("audit");
            case READ_SURVEY_ROUND -> api.get(ROUND);
            case PLAN_SURVEY_ROUND -> api.put(ROUND, """
                    {"version": %s, "opensOn": "2018-07-01", "closesOn": "2020-02-28", "replyDays": 30}""".formatted(fixture.version(ROUND)));
            case LIST_ROUND_INVITATIONS -> api.get(ROUND + "/invitations");
            case LIST_ROUND_MAIL -> api.get(ROUND + "/mail");
            case RUN_ROUND_SCHEDULE -> api.post("rounds/schedule/runs", "");
            case READ_TEST_CLOCK -> api.get("test-clock");
            case LIST_QUOTABLE_ANSWERS ->
                api.get("rounds/2018-19/report/candidates?question=Q2_LESSONS&administration=" + administration);
            case LIST_REPORT_EXAMPLES -> api.get("rounds/2018-19/report/examples");
            case WRITE_REPORT_TEXT -> api.put("rounds/2018-19/report/texts/FOREWORD", """
                    {"body": "Foreword by %s"}""".formatted(UUID.randomUUID()));
            case LIST_REPORT_EDITIONS -> api.get("rounds/2018-19/report/editions");
            case LIST_CONSENT_REQUESTS -> api.get("consents");
        };
    }
}
