package org.rocbap.survey.round.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.rocbap.survey.questionnaire.entity.Answer;
import org.rocbap.survey.questionnaire.entity.ReplyAnswers;
import org.rocbap.survey.round.control.RoundDocument.InHouseEntry;
import org.rocbap.survey.round.control.RoundDocument.ParticipantEntry;
import org.rocbap.survey.round.control.RoundDocument.ReplyEntry;
import org.rocbap.survey.round.control.RoundDocument.WorkshopEntry;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.WholeNumbers;

/**
 * Reads a round import document (the API's body, or a file uploaded on the import page) field by
 * field, so that every missing field, wrong type and unparsable date is reported with its JSON
 * pointer, all at once. The workflow's rules are the import service's; this only reads.
 */
public final class RoundDocumentReader {

    /** The key of a field that is absent or blank. */
    public static final String REQUIRED = "import.required";

    private final List<RuleViolation> violations = new ArrayList<>();

    public List<RuleViolation> violations() {
        return violations;
    }

    public RoundDocument read(JsonObject body) {
        String fiscalYear = text(body, "", "fiscalYear", true);
        List<WorkshopEntry> workshops = new ArrayList<>();
        JsonArray workshopArray = array(body, "", "workshops", true);
        for (int i = 0; i < workshopArray.size(); i++) {
            String at = "/workshops/" + i;
            JsonObject w = object(workshopArray.get(i), at);
            if (w == null) {
                continue;
            }
            List<ParticipantEntry> participants = new ArrayList<>();
            JsonArray participantArray = array(w, at, "participants", false);
            for (int j = 0; j < participantArray.size(); j++) {
                String pat = at + "/participants/" + j;
                JsonObject p = object(participantArray.get(j), pat);
                if (p == null) {
                    continue;
                }
                LocalDate filedOn = null;
                if (p.containsKey("missionReport") && !p.isNull("missionReport")) {
                    JsonObject report = object(p.get("missionReport"), pat + "/missionReport");
                    filedOn = report == null ? null : date(report, pat + "/missionReport", "filedOn", true);
                }
                participants.add(new ParticipantEntry(
                        pat,
                        text(p, pat, "administration", true),
                        text(p, pat, "name", true),
                        text(p, pat, "email", true),
                        filedOn));
            }
            workshops.add(new WorkshopEntry(
                    at,
                    text(w, at, "code", true),
                    text(w, at, "title", true),
                    date(w, at, "startDate", true),
                    date(w, at, "endDate", true),
                    text(w, at, "venue", false),
                    bool(w, at, "accreditation"),
                    participants));
        }
        List<ReplyEntry> replies = new ArrayList<>();
        JsonArray replyArray = array(body, "", "replies", false);
        for (int i = 0; i < replyArray.size(); i++) {
            String at = "/replies/" + i;
            JsonObject r = object(replyArray.get(i), at);
            if (r != null) {
                replies.add(reply(r, at));
            }
        }
        return new RoundDocument(fiscalYear, workshops, replies);
    }

    private ReplyEntry reply(JsonObject r, String at) {
        JsonObject q1 = r.containsKey("q1") && !r.isNull("q1") ? object(r.get("q1"), at + "/q1") : null;
        String q1at = at + "/q1";
        JsonObject q1v = q1 == null ? JsonValue.EMPTY_JSON_OBJECT : q1;
        YesNoText q3 = yesNo(r, at, "q3");
        YesNoText q4 = yesNo(r, at, "q4");
        YesNoText q5 = yesNo(r, at, "q5");
        ReplyAnswers answers = new ReplyAnswers(
                bool(q1v, q1at, "sharedMaterials"),
                integer(q1v, q1at, "colleaguesShared"),
                bool(q1v, q1at, "submittedReport"),
                bool(q1v, q1at, "recommendations"),
                bool(q1v, q1at, "inHouseWorkshop"),
                bool(q1v, q1at, "manuals"),
                bool(q1v, q1at, "others"),
                text(q1v, q1at, "othersText", false),
                integer(r, at, "q1bisColleaguesLearned"),
                text(r, at, "q2", false),
                q3.answer,
                q3.text,
                q4.answer,
                q4.text,
                q5.answer,
                q5.text);
        List<InHouseEntry> inHouse = new ArrayList<>();
        JsonArray inHouseArray = array(r, at, "inHouseWorkshops", false);
        for (int i = 0; i < inHouseArray.size(); i++) {
            String hat = at + "/inHouseWorkshops/" + i;
            JsonObject h = object(inHouseArray.get(i), hat);
            if (h != null) {
                inHouse.add(new InHouseEntry(
                        hat, date(h, hat, "date", true), text(h, hat, "title", true), integer(h, hat, "attendees")));
            }
        }
        return new ReplyEntry(
                at,
                text(r, at, "workshop", true),
                text(r, at, "participantEmail", true),
                date(r, at, "submittedOn", true),
                answers,
                inHouse);
    }

    private record YesNoText(Answer answer, String text) {}

    private YesNoText yesNo(JsonObject r, String at, String question) {
        if (!r.containsKey(question) || r.isNull(question)) {
            return new YesNoText(null, null);
        }
        JsonObject q = object(r.get(question), at + "/" + question);
        if (q == null) {
            return new YesNoText(null, null);
        }
        String answer = text(q, at + "/" + question, "answer", false);
        Answer parsed = null;
        if (answer != null) {
            try {
                parsed = Answer.valueOf(answer);
            } catch (IllegalArgumentException e) {
                violations.add(RuleViolation.of(at + "/" + question + "/answer", "import.answerInvalid", answer));
            }
        }
        return new YesNoText(parsed, text(q, at + "/" + question, "text", false));
    }

    private JsonObject object(JsonValue value, String at) {
        if (value instanceof JsonObject o) {
            return o;
        }
        violations.add(RuleViolation.of(at, "import.wrongType", "an object"));
        return null;
    }

    private JsonArray array(JsonObject o, String at, String field, boolean required) {
        if (!o.containsKey(field) || o.isNull(field)) {
            if (required) {
                violations.add(RuleViolation.of(at + "/" + field, REQUIRED));
            }
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (o.get(field) instanceof JsonArray a) {
            return a;
        }
        violations.add(RuleViolation.of(at + "/" + field, "import.wrongType", "a list"));
        return JsonValue.EMPTY_JSON_ARRAY;
    }

    private String text(JsonObject o, String at, String field, boolean required) {
        if (!o.containsKey(field) || o.isNull(field)) {
            if (required) {
                violations.add(RuleViolation.of(at + "/" + field, REQUIRED));
            }
            return null;
        }
        if (o.get(field) instanceof JsonString s) {
            if (required && s.getString().isBlank()) {
                violations.add(RuleViolation.of(at + "/" + field, REQUIRED));
            }
            return s.getString();
        }
        violations.add(RuleViolation.of(at + "/" + field, "import.wrongType", "a text"));
        return null;
    }

    private LocalDate date(JsonObject o, String at, String field, boolean required) {
        String text = text(o, at, field, required);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(RuleViolation.of(at + "/" + field, "import.notADate", text));
            return null;
        }
    }

    private Integer integer(JsonObject o, String at, String field) {
        if (!o.containsKey(field) || o.isNull(field)) {
            return null;
        }
        if (o.get(field) instanceof JsonNumber n) {
            Integer whole = WholeNumbers.toInt(n.bigDecimalValue());
            if (whole != null) {
                return whole;
            }
            violations.add(RuleViolation.of(at + "/" + field, "number.notWhole", n.toString(), Integer.MAX_VALUE));
            return null;
        }
        violations.add(RuleViolation.of(at + "/" + field, "import.wrongType", "a whole number"));
        return null;
    }

    private boolean bool(JsonObject o, String at, String field) {
        if (!o.containsKey(field) || o.isNull(field)) {
            return false;
        }
        JsonValue v = o.get(field);
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v == JsonValue.TRUE;
        }
        violations.add(RuleViolation.of(at + "/" + field, "import.wrongType", "true or false"));
        return false;
    }
}
