package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rocbap.survey.it.TestRounds.Invited;
import org.rocbap.survey.stack.SurveyStack;

/**
 * The personal link's API (GET and PUT /reply-link), as the page's script uses it: the token in a
 * header, each send once per idempotency key, a stale version refused with the server's copy, an ended
 * link refused with its reason. Every exchange is held against the OpenAPI document.
 */
@ExtendWith(StackExtension.class)
class ReplyLinkApiIT {

    private static final String DRAFT = """
            {"submit": false, "answers": {"lessonsUsed": "%s"}, "inHouseWorkshops": []}""";

    @Test
    void eachSendIsStoredOnceAndAStaleOneGetsTheServersCopy(SurveyStack stack) {
        List<Invited> invited = new TestRounds(stack).invite("en", "en");
        ApiClient link = link(stack, invited.get(0));

        JsonObject opened = ApiClient.object(ok(link.get("reply-link")));
        assertThat(opened.getString("participantName")).isEqualTo("Officer 1");
        assertThat(opened.get("reply")).as("nothing saved yet").isIn(null, jakarta.json.JsonValue.NULL);

        String first = key();
        JsonObject saved = ApiClient.object(ok(send(link, first, null, DRAFT.formatted("first"))));
        assertThat(saved.getBoolean("replayed")).isFalse();
        long v1 = saved.getJsonNumber("version").longValue();

        // The same send again (its answer lost): the stored receipt, and nothing saved.
        JsonObject replayed = ApiClient.object(ok(send(link, first, null, DRAFT.formatted("something else"))));
        assertThat(replayed.getBoolean("replayed")).isTrue();
        assertThat(replayed.getJsonNumber("version").longValue()).isEqualTo(v1);
        assertThat(reply(link).getJsonObject("answers").getString("lessonsUsed"))
                .isEqualTo("first");

        long v2 = ApiClient.object(ok(send(link, key(), v1, DRAFT.formatted("second"))))
                .getJsonNumber("version")
                .longValue();
        assertThat(v2).isGreaterThan(v1);

        // A send from the first version: 412 with the server's copy, nothing saved.
        HttpResponse<String> stale = send(link, key(), v1, DRAFT.formatted("from an old copy"));
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
        JsonObject current = ApiClient.object(stale).getJsonObject("current");
        assertThat(current.getJsonNumber("version").longValue()).isEqualTo(v2);
        assertThat(current.getJsonObject("answers").getString("lessonsUsed")).isEqualTo("second");

        // A key is its sender's: another participant's link cannot read a receipt through it.
        HttpResponse<String> borrowed = send(link(stack, invited.get(1)), first, null, DRAFT.formatted("x"));
        assertThat(borrowed.statusCode()).as(borrowed.body()).isEqualTo(422);

        // The submission, sent twice: one submission, and the retry still hears so although the link is used.
        String submission = key();
        String submit = """
                {"submit": true, "answers": {"lessonsUsed": "final"}, "inHouseWorkshops": []}""";
        JsonObject submitted = ApiClient.object(ok(send(link, submission, v2, submit)));
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        JsonObject again = ApiClient.object(ok(send(link, submission, v2, submit)));
        assertThat(again.getBoolean("replayed")).isTrue();
        assertThat(again.getString("status")).isEqualTo("SUBMITTED");
        assertThat(again.getJsonNumber("version")).isEqualTo(submitted.getJsonNumber("version"));

        HttpResponse<String> used =
                send(link, key(), submitted.getJsonNumber("version").longValue(), submit);
        assertThat(used.statusCode()).isEqualTo(410);
        assertThat(ApiClient.object(used).getString("reason")).isEqualTo("USED");
        HttpResponse<String> read = link.get("reply-link");
        assertThat(read.statusCode()).isEqualTo(410);
        assertThat(ApiClient.object(read).getString("reason")).isEqualTo("USED");
    }

    @Test
    void malformedSendsAreRefusedSayingWhatIsWrongInTheParticipantsLanguage(SurveyStack stack) {
        Invited participant = new TestRounds(stack).invite("fr").get(0);
        ApiClient link = link(stack, participant);

        HttpResponse<String> noKey = link.put("reply-link", DRAFT.formatted("x"));
        assertThat(noKey.statusCode()).isEqualTo(422);
        assertThat(noKey.body()).contains("Idempotency-Key");

        HttpResponse<String> badVersion = link.with(Map.of("Idempotency-Key", key(), "If-Match", "three"))
                .put("reply-link", DRAFT.formatted("x"));
        assertThat(badVersion.statusCode()).isEqualTo(400);
        assertThat(badVersion.body()).contains("If-Match");

        HttpResponse<String> broken = link.with(Map.of("Accept-Language", "fr-FR, en;q=0.5"))
                .with(Map.of("Idempotency-Key", key()))
                .put("reply-link", """
                        {"submit": true, "answers": {"others": true}, "inHouseWorkshops": []}""");
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(ApiClient.object(broken)
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("detail"))
                .as("in French")
                .contains("« autres »");
        assertThat(ApiClient.as(stack, DemoUser.ROCB_STAFF)
                        .get("participants/" + participant.participant() + "/reply")
                        .statusCode())
                .as("nothing saved")
                .isEqualTo(404);

        HttpResponse<String> unknown =
                ApiClient.anonymous(stack).with(Map.of("Reply-Link", "guessed")).get("reply-link");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(ApiClient.object(unknown).getString("reason")).isEqualTo("UNKNOWN");
    }

    private static ApiClient link(SurveyStack stack, Invited participant) {
        String query = URI.create(participant.link()).getRawQuery();
        String token = query.substring(query.indexOf("token=") + "token=".length());
        return ApiClient.anonymous(stack).with(Map.of("Reply-Link", token));
    }

    private static HttpResponse<String> send(ApiClient link, String key, Long version, String body) {
        Map<String, String> headers = version == null
                ? Map.of("Idempotency-Key", key)
                : Map.of("Idempotency-Key", key, "If-Match", "\"" + version + "\"");
        return link.with(headers).put("reply-link", body);
    }

    private static JsonObject reply(ApiClient link) {
        return ApiClient.object(ok(link.get("reply-link"))).getJsonObject("reply");
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}
