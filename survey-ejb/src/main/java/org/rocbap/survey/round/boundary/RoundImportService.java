package org.rocbap.survey.round.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rocbap.survey.administration.boundary.AdministrationService;
import org.rocbap.survey.audit.boundary.AuditTrail;
import org.rocbap.survey.cascade.control.InHouseWorkshopRules;
import org.rocbap.survey.cascade.entity.InHouseWorkshop;
import org.rocbap.survey.missionreport.control.MissionReportRules;
import org.rocbap.survey.missionreport.entity.MissionReport;
import org.rocbap.survey.participation.control.ParticipantRules;
import org.rocbap.survey.participation.entity.Participant;
import org.rocbap.survey.project.boundary.ProjectService;
import org.rocbap.survey.questionnaire.control.ReplyRules;
import org.rocbap.survey.questionnaire.entity.Answer;
import org.rocbap.survey.questionnaire.entity.Reply;
import org.rocbap.survey.round.boundary.ImportResult.Counts;
import org.rocbap.survey.round.control.RoundDocument;
import org.rocbap.survey.round.control.RoundDocument.InHouseEntry;
import org.rocbap.survey.round.control.RoundDocument.ParticipantEntry;
import org.rocbap.survey.round.control.RoundDocument.ReplyEntry;
import org.rocbap.survey.round.control.RoundDocument.WorkshopEntry;
import org.rocbap.survey.round.control.RoundDocumentReader;
import org.rocbap.survey.shared.config.FollowUpSettings;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.TextRules;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.shared.security.Roles;
import org.rocbap.survey.workshop.control.DueDates;
import org.rocbap.survey.workshop.control.WorkshopRules;
import org.rocbap.survey.workshop.entity.DatePrecision;
import org.rocbap.survey.workshop.entity.FiscalYear;
import org.rocbap.survey.workshop.entity.Workshop;

/**
 * Imports a survey round, all or nothing. The document is read and checked whole against the rule
 * classes the pages use (with the JSON pointer of each entry in front of the field), every problem of
 * every kind is reported at once, and only a document without problems is written. Importing the same
 * document again changes nothing; a corrected one updates what changed. Workshops are found by code,
 * participants by workshop and e-mail, replies and mission reports by participant, in-house workshops
 * by administration, regional workshop, date and title.
 */
@Stateless
@RolesAllowed(Roles.ROCB_STAFF)
public class RoundImportService {

    @Inject
    private FollowUpSettings settings;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AdministrationService administrationService;

    @Inject
    private ProjectService projectService;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * @param body the round document as JSON (the API's body, or what the import page read from a file)
     * @throws WorkflowException with every problem of the document; nothing is stored then
     */
    public ImportResult importRound(JsonObject body) {
        RoundDocumentReader reader = new RoundDocumentReader();
        RoundDocument document = reader.read(body);
        List<RuleViolation> broken = check(document);
        // One message per field: a rule says better than the reader what a missing value should be
        // (and says it as the pages do); a value the reader could not read at all is the reader's.
        Set<String> ruled = broken.stream().map(RuleViolation::field).collect(Collectors.toSet());
        List<RuleViolation> violations = new ArrayList<>(reader.violations().stream()
                .filter(v -> !(v.key().equals(RoundDocumentReader.REQUIRED) && ruled.contains(v.field())))
                .toList());
        Set<String> unreadable = violations.stream().map(RuleViolation::field).collect(Collectors.toSet());
        broken.stream().filter(v -> !unreadable.contains(v.field())).forEach(violations::add);
        WorkflowException.throwIfAny(violations);
        return write(document, FiscalYear.parse(document.fiscalYear()));
    }

    private List<RuleViolation> check(RoundDocument document) {
        List<RuleViolation> violations = new ArrayList<>();
        WorkshopRules.fiscalYear(document.fiscalYear()).forEach(v -> violations.add(v.under("")));
        LocalDate today = LocalDate.now(clock);
        Map<String, WorkshopEntry> byCode = new HashMap<>();
        Set<String> participantKeys = new HashSet<>();
        for (WorkshopEntry w : document.workshops()) {
            List<RuleViolation> workshopViolations =
                    WorkshopRules.check(w.code(), w.title(), w.startDate(), w.endDate(), w.venue());
            workshopViolations.forEach(v -> violations.add(v.under(w.pointer())));
            if (w.code() != null
                    && WorkshopRules.isCode(w.code())
                    && byCode.putIfAbsent(w.code().strip(), w) != null) {
                violations.add(RuleViolation.of(w.pointer() + "/code", "import.workshopTwice", w.code()));
            }
            for (ParticipantEntry p : w.participants()) {
                List<RuleViolation> participantViolations = ParticipantRules.check(
                        p.administration(),
                        p.name(),
                        p.email(),
                        code -> administrationService.find(code).isPresent());
                participantViolations.forEach(v -> violations.add(v.under(p.pointer())));
                if (participantViolations.stream().noneMatch(v -> "email".equals(v.field()))
                        && !participantKeys.add(key(w.code(), p.email()))) {
                    violations.add(ParticipantRules.emailTaken(Participant.normalise(p.email()), w.code())
                            .under(p.pointer()));
                }
                if (p.missionReportFiledOn() != null && w.startDate() != null) {
                    MissionReportRules.check(w.startDate(), p.missionReportFiledOn(), null, today)
                            .forEach(v -> violations.add(v.under(p.pointer() + "/missionReport")));
                }
            }
        }
        for (ReplyEntry r : document.replies()) {
            WorkshopEntry workshop =
                    r.workshop() == null ? null : byCode.get(r.workshop().strip());
            if (workshop == null) {
                violations.add(RuleViolation.of(
                        r.pointer() + "/workshop", "import.replyWorkshopUnknown", String.valueOf(r.workshop())));
                continue;
            }
            if (!participantKeys.contains(key(workshop.code(), r.participantEmail()))) {
                violations.add(RuleViolation.of(
                        r.pointer() + "/participantEmail",
                        "import.replyNotParticipant",
                        String.valueOf(r.participantEmail()),
                        workshop.code()));
            }
            for (RuleViolation v :
                    ReplyRules.check(r.answers(), true, r.inHouseWorkshops().size())) {
                violations.add(new RuleViolation(r.pointer() + answerPointer(v.field()), v.key(), v.arguments()));
            }
            if (workshop.endDate() != null) {
                for (InHouseEntry h : r.inHouseWorkshops()) {
                    InHouseWorkshopRules.check(
                                    workshop.code(),
                                    workshop.endDate(),
                                    h.date(),
                                    h.title(),
                                    h.attendees(),
                                    null,
                                    null,
                                    today)
                            .forEach(v -> violations.add(v.under(h.pointer())));
                }
            }
        }
        return violations;
    }

    /** Where in a reply entry a questionnaire field was read from. */
    private static String answerPointer(String field) {
        return switch (field) {
            case "colleaguesShared", "othersText" -> "/q1/" + field;
            case "colleaguesLearned" -> "/q1bisColleaguesLearned";
            case "lessonsUsed" -> "/q2";
            case "directEffectsText" -> "/q3/text";
            case "efficiencyText" -> "/q4/text";
            case "modernizationText" -> "/q5/text";
            default -> "/" + field;
        };
    }

    private ImportResult write(RoundDocument document, FiscalYear year) {
        // Thousands of records follow; flushing before each query (the AUTO mode) would make the
        // import quadratic. Every existing record is looked up in bulk first, so no query needs this
        // import's own unflushed records.
        em.setFlushMode(FlushModeType.COMMIT);
        Existing existing = new Existing(document);
        Tally tally = new Tally();
        Map<String, Participant> participants = new HashMap<>();
        Map<String, InHouseWorkshop> inHouse = new HashMap<>(existing.inHouse);
        for (WorkshopEntry entry : document.workshops()) {
            Workshop workshop = upsertWorkshop(
                    entry, year, existing.workshops.get(entry.code().strip()), tally);
            for (ParticipantEntry p : entry.participants()) {
                String key = key(entry.code(), p.email());
                Participant participant = upsertParticipant(workshop, p, existing.participants.get(key), tally);
                participants.put(key, participant);
                if (p.missionReportFiledOn() != null) {
                    upsertMissionReport(participant, p, existing.missionReports.get(key), tally);
                }
            }
        }
        DueDates dueDates = new DueDates(settings);
        for (ReplyEntry entry : document.replies()) {
            String key = key(entry.workshop(), entry.participantEmail());
            Participant participant = participants.get(key);
            Set<InHouseWorkshop> linked = new LinkedHashSet<>();
            for (InHouseEntry h : entry.inHouseWorkshops()) {
                linked.add(upsertInHouse(participant, h, inHouse, tally));
            }
            Reply reply = upsertReply(participant, entry, linked, existing.replies.get(key), dueDates, tally);
            if (entry.answers().getModernization() == Answer.YES
                    && !existing.repliesWithProject.contains(reply.getId())) {
                projectService.startFromReply(reply, entry.answers().getModernizationText());
                tally.projects.created++;
            }
        }
        return tally.result();
    }

    /** What the database already holds of the document's workshops, read with one query per kind of record. */
    private final class Existing {
        final Map<String, Workshop> workshops;
        final Map<String, Participant> participants;
        final Map<String, MissionReport> missionReports;
        final Map<String, Reply> replies;
        final Map<String, InHouseWorkshop> inHouse;
        final Set<Long> repliesWithProject;

        Existing(RoundDocument document) {
            List<String> codes =
                    document.workshops().stream().map(w -> w.code().strip()).toList();
            workshops = em.createQuery("SELECT w FROM Workshop w WHERE w.code IN :codes", Workshop.class)
                    .setParameter("codes", codes)
                    .getResultStream()
                    .collect(Collectors.toMap(Workshop::getCode, Function.identity()));
            participants = em.createQuery(
                            "SELECT p FROM Participant p JOIN FETCH p.workshop w WHERE w.code IN :codes",
                            Participant.class)
                    .setParameter("codes", codes)
                    .getResultStream()
                    .collect(Collectors.toMap(p -> key(p.getWorkshop().getCode(), p.getEmail()), Function.identity()));
            missionReports = em.createQuery(
                            "SELECT m FROM MissionReport m JOIN FETCH m.participant p"
                                    + " WHERE p.workshop.code IN :codes",
                            MissionReport.class)
                    .setParameter("codes", codes)
                    .getResultStream()
                    .collect(Collectors.toMap(m -> participantKey(m.getParticipant()), Function.identity()));
            replies = em.createQuery(
                            "SELECT r FROM Reply r JOIN FETCH r.participant p WHERE p.workshop.code IN :codes",
                            Reply.class)
                    .setParameter("codes", codes)
                    // Re-answering a reply replaces its linked in-house workshops: read them all at once.
                    .setHint("eclipselink.batch", "r.inHouseWorkshops")
                    .setHint("eclipselink.batch.type", "IN")
                    .getResultStream()
                    .collect(Collectors.toMap(r -> participantKey(r.getParticipant()), Function.identity()));
            inHouse = em.createQuery(
                            "SELECT i FROM InHouseWorkshop i JOIN FETCH i.regionalWorkshop w WHERE w.code IN :codes",
                            InHouseWorkshop.class)
                    .setParameter("codes", codes)
                    .getResultStream()
                    .collect(Collectors.toMap(RoundImportService::inHouseKey, Function.identity(), (a, b) -> a));
            repliesWithProject = new HashSet<>(em.createQuery(
                            "SELECT p.reply.id FROM ModernizationProject p"
                                    + " WHERE p.reply.participant.workshop.code IN :codes",
                            Long.class)
                    .setParameter("codes", codes)
                    .getResultList());
        }
    }

    private Workshop upsertWorkshop(WorkshopEntry e, FiscalYear year, Workshop existing, Tally tally) {
        String venue = TextRules.strip(e.venue());
        if (existing == null) {
            Workshop created = new Workshop(
                    e.code().strip(),
                    e.title().strip(),
                    year,
                    e.startDate(),
                    e.endDate(),
                    DatePrecision.DAY,
                    venue,
                    e.accreditation());
            em.persist(created);
            audit.record("Workshop", created.getId(), null, "imported", Map.of(), created.snapshot());
            tally.workshops.created++;
            return created;
        }
        Map<String, Object> before = existing.snapshot();
        existing.describe(
                e.title().strip(),
                year,
                e.startDate(),
                e.endDate(),
                existing.getDatePrecision(),
                venue,
                e.accreditation());
        changed("Workshop", existing.getId(), null, before, existing.snapshot(), tally.workshops);
        return existing;
    }

    private Participant upsertParticipant(Workshop workshop, ParticipantEntry e, Participant existing, Tally tally) {
        if (existing == null) {
            Participant created = new Participant(workshop, e.administration(), e.name(), e.email());
            em.persist(created);
            audit.record(
                    "Participant",
                    created.getId(),
                    created.getAdministration(),
                    "imported",
                    Map.of(),
                    created.snapshot());
            tally.participants.created++;
            return created;
        }
        Map<String, Object> before = existing.snapshot();
        existing.correct(e.administration(), e.name());
        changed(
                "Participant",
                existing.getId(),
                existing.getAdministration(),
                before,
                existing.snapshot(),
                tally.participants);
        return existing;
    }

    private void upsertMissionReport(Participant participant, ParticipantEntry e, MissionReport existing, Tally tally) {
        if (existing == null) {
            MissionReport report = new MissionReport(participant);
            report.file(e.missionReportFiledOn(), null, null);
            em.persist(report);
            audit.record(
                    "MissionReport",
                    report.getId(),
                    participant.getAdministration(),
                    "imported",
                    Map.of(),
                    report.snapshot());
            tally.missionReports.created++;
            return;
        }
        Map<String, Object> before = existing.snapshot();
        existing.file(e.missionReportFiledOn(), existing.getRecommendations(), null);
        changed(
                "MissionReport",
                existing.getId(),
                participant.getAdministration(),
                before,
                existing.snapshot(),
                tally.missionReports);
    }

    private InHouseWorkshop upsertInHouse(
            Participant participant, InHouseEntry e, Map<String, InHouseWorkshop> known, Tally tally) {
        String key = inHouseKey(
                participant.getAdministration(),
                participant.getWorkshop().getCode(),
                e.date(),
                e.title().strip());
        InHouseWorkshop existing = known.get(key);
        if (existing == null) {
            InHouseWorkshop created = new InHouseWorkshop(
                    participant.getAdministration(),
                    participant.getWorkshop(),
                    e.date(),
                    e.title().strip(),
                    e.attendees(),
                    null,
                    null);
            em.persist(created);
            known.put(key, created);
            audit.record(
                    "InHouseWorkshop",
                    created.getId(),
                    participant.getAdministration(),
                    "imported",
                    Map.of(),
                    created.snapshot());
            tally.inHouseWorkshops.created++;
            return created;
        }
        if (existing.getAttendees() != e.attendees()) {
            Map<String, Object> before = existing.snapshot();
            existing.recount(e.attendees());
            changed(
                    "InHouseWorkshop",
                    existing.getId(),
                    participant.getAdministration(),
                    before,
                    existing.snapshot(),
                    tally.inHouseWorkshops);
        }
        return existing;
    }

    private Reply upsertReply(
            Participant participant,
            ReplyEntry e,
            Set<InHouseWorkshop> linked,
            Reply existing,
            DueDates dueDates,
            Tally tally) {
        Reply reply = existing == null ? new Reply(participant) : existing;
        Map<String, Object> before = existing == null ? Map.of() : reply.snapshot();
        reply.answer(e.answers(), linked);
        reply.submittedOn(e.submittedOn(), dueDates.replyDue(participant.getWorkshop()));
        if (existing == null) {
            em.persist(reply);
            audit.record(
                    "Reply", reply.getId(), participant.getAdministration(), "imported", Map.of(), reply.snapshot());
            tally.replies.created++;
        } else {
            changed("Reply", reply.getId(), participant.getAdministration(), before, reply.snapshot(), tally.replies);
        }
        return reply;
    }

    private void changed(
            String subject,
            Long id,
            String administration,
            Map<String, Object> before,
            Map<String, Object> after,
            MutableCounts counts) {
        if (!Objects.equals(before, after)) {
            audit.record(subject, id, administration, "re-imported", before, after);
            counts.updated++;
        }
    }

    private static String inHouseKey(InHouseWorkshop w) {
        return inHouseKey(w.getAdministration(), w.getRegionalWorkshop().getCode(), w.getHeldOn(), w.getTitle());
    }

    private static String inHouseKey(String administration, String workshopCode, LocalDate heldOn, String title) {
        return administration + " " + workshopCode + " " + heldOn + " " + title;
    }

    private static String participantKey(Participant p) {
        return key(p.getWorkshop().getCode(), p.getEmail());
    }

    private static String key(String workshop, String email) {
        return (workshop == null ? null : workshop.strip()) + " " + Participant.normalise(email);
    }

    private static final class MutableCounts {
        int created;
        int updated;

        Counts frozen() {
            return new Counts(created, updated);
        }
    }

    private static final class Tally {
        final MutableCounts workshops = new MutableCounts();
        final MutableCounts participants = new MutableCounts();
        final MutableCounts missionReports = new MutableCounts();
        final MutableCounts replies = new MutableCounts();
        final MutableCounts inHouseWorkshops = new MutableCounts();
        final MutableCounts projects = new MutableCounts();

        ImportResult result() {
            return new ImportResult(
                    workshops.frozen(),
                    participants.frozen(),
                    missionReports.frozen(),
                    replies.frozen(),
                    inHouseWorkshops.frozen(),
                    projects.frozen());
        }
    }
}
