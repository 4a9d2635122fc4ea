package org.rocbap.survey.round.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.rocbap.survey.administration.boundary.AdministrationService;
import org.rocbap.survey.audit.boundary.AuditTrail;
import org.rocbap.survey.cascade.entity.InHouseWorkshop;
import org.rocbap.survey.missionreport.control.DueDates;
import org.rocbap.survey.missionreport.entity.MissionReport;
import org.rocbap.survey.participation.entity.Participant;
import org.rocbap.survey.project.boundary.ProjectService;
import org.rocbap.survey.questionnaire.control.ReplyRules;
import org.rocbap.survey.questionnaire.entity.Answer;
import org.rocbap.survey.questionnaire.entity.Reply;
import org.rocbap.survey.round.boundary.ImportResult.Counts;
import org.rocbap.survey.round.boundary.RoundDocument.InHouseEntry;
import org.rocbap.survey.round.boundary.RoundDocument.ParticipantEntry;
import org.rocbap.survey.round.boundary.RoundDocument.ReplyEntry;
import org.rocbap.survey.round.boundary.RoundDocument.WorkshopEntry;
import org.rocbap.survey.shared.config.FollowUpSettings;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.shared.security.Roles;
import org.rocbap.survey.workshop.entity.DatePrecision;
import org.rocbap.survey.workshop.entity.FiscalYear;
import org.rocbap.survey.workshop.entity.Workshop;

/**
 * Imports a survey round, all or nothing: the whole document is checked against the same rules as the
 * pages first, every problem is reported with its JSON pointer, and only a document without problems
 * is written. Importing the same document again changes nothing; a corrected one updates what
 * changed. Workshops are found by code, participants by workshop and e-mail, replies by participant,
 * in-house workshops by administration, regional workshop, date and title.
 */
@Stateless
@RolesAllowed(Roles.ROCB_STAFF)
public class RoundImportService {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,19}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AdministrationService administrationService;

    @Inject
    private ProjectService projectService;

    @Inject
    private AuditTrail audit;

    /**
     * @throws WorkflowException with every problem of the document; nothing is stored then
     */
    public ImportResult importRound(RoundDocument document) {
        FiscalYear year = FiscalYear.parseOrRefuse(document.fiscalYear());
        WorkflowException.throwIfAny(check(document));
        // Thousands of look-ups follow; flushing before each (the AUTO mode) would make the import
        // quadratic. The document is checked for duplicates first, so no look-up needs this import's
        // own unflushed records, except in-house workshops, which are cached below.
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
        Tally tally = new Tally();
        Map<String, Workshop> workshops = new HashMap<>();
        Map<String, Participant> participants = new HashMap<>();
        DueDates dueDates = new DueDates(FollowUpSettings.current());
        for (WorkshopEntry entry : document.workshops()) {
            Workshop workshop = upsertWorkshop(entry, year, tally);
            workshops.put(entry.code(), workshop);
            for (ParticipantEntry p : entry.participants()) {
                Participant participant = upsertParticipant(workshop, p, tally);
                participants.put(key(entry.code(), p.email()), participant);
                if (p.missionReportFiledOn() != null) {
                    upsertMissionReport(participant, p, tally);
                }
            }
        }
        for (ReplyEntry entry : document.replies()) {
            Participant participant = participants.get(key(entry.workshop(), entry.participantEmail()));
            Set<InHouseWorkshop> linked = new LinkedHashSet<>();
            for (InHouseEntry h : entry.inHouseWorkshops()) {
                linked.add(upsertInHouse(participant, h, tally));
            }
            upsertReply(participant, entry, linked, dueDates, tally);
        }
        return tally.result();
    }

    private List<RuleViolation> check(RoundDocument document) {
        List<RuleViolation> violations = new ArrayList<>();
        Map<String, WorkshopEntry> byCode = new HashMap<>();
        Set<String> participantKeys = new HashSet<>();
        for (WorkshopEntry w : document.workshops()) {
            if (w.code() == null || !CODE.matcher(w.code()).matches()) {
                violations.add(
                        RuleViolation.of(w.pointer() + "/code", "workshop.codeInvalid", String.valueOf(w.code())));
            } else if (byCode.putIfAbsent(w.code(), w) != null) {
                violations.add(RuleViolation.of(w.pointer() + "/code", "import.workshopTwice", w.code()));
            }
            if (w.startDate() != null && w.endDate() != null && w.endDate().isBefore(w.startDate())) {
                violations.add(RuleViolation.of(
                        w.pointer() + "/endDate", "workshop.datesReversed", w.endDate(), w.startDate()));
            }
            for (ParticipantEntry p : w.participants()) {
                if (administrationService.find(p.administration()).isEmpty()) {
                    violations.add(RuleViolation.of(
                            p.pointer() + "/administration", "participant.administrationUnknown", p.administration()));
                }
                if (!EMAIL.matcher(p.email()).matches()) {
                    violations.add(RuleViolation.of(p.pointer() + "/email", "participant.emailInvalid", p.email()));
                } else if (!participantKeys.add(key(w.code(), p.email()))) {
                    violations.add(RuleViolation.of(
                            p.pointer() + "/email",
                            "participant.emailTaken",
                            Participant.normalise(p.email()),
                            w.code()));
                }
            }
        }
        for (ReplyEntry r : document.replies()) {
            WorkshopEntry workshop = byCode.get(r.workshop());
            if (workshop == null) {
                violations.add(
                        RuleViolation.of(r.pointer() + "/workshop", "import.replyWorkshopUnknown", r.workshop()));
                continue;
            }
            if (!participantKeys.contains(key(r.workshop(), r.participantEmail()))) {
                violations.add(RuleViolation.of(
                        r.pointer() + "/participantEmail",
                        "import.replyNotParticipant",
                        r.participantEmail(),
                        r.workshop()));
            }
            for (RuleViolation v :
                    ReplyRules.check(r.answers(), true, r.inHouseWorkshops().size())) {
                violations.add(new RuleViolation(r.pointer() + answerPointer(v.field()), v.key(), v.arguments()));
            }
            for (InHouseEntry h : r.inHouseWorkshops()) {
                if (workshop.endDate() != null && !h.date().isAfter(workshop.endDate())) {
                    violations.add(RuleViolation.of(
                            h.pointer() + "/date",
                            "inHouse.dateBeforeRegional",
                            h.date(),
                            workshop.code(),
                            workshop.endDate()));
                }
                if (h.attendees() != null && h.attendees() < 0) {
                    violations.add(RuleViolation.of(h.pointer() + "/attendees", "number.negative", h.attendees()));
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
            case "modernizationText" -> "/q5/text";
            case "inHouseWorkshops" -> "/inHouseWorkshops";
            default -> "/" + field;
        };
    }

    private Workshop upsertWorkshop(WorkshopEntry e, FiscalYear year, Tally tally) {
        Workshop existing = em.createNamedQuery(Workshop.FIND_BY_CODE, Workshop.class)
                .setParameter("code", e.code())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (existing == null) {
            Workshop created = new Workshop(
                    e.code(),
                    e.title(),
                    year,
                    e.startDate(),
                    e.endDate(),
                    DatePrecision.DAY,
                    e.venue(),
                    e.accreditation());
            em.persist(created);
            audit.record("Workshop", created.getId(), null, "imported", Map.of(), created.snapshot());
            tally.workshops.created++;
            return created;
        }
        Map<String, Object> before = existing.snapshot();
        existing.describe(
                e.title(), year, e.startDate(), e.endDate(), existing.getDatePrecision(), e.venue(), e.accreditation());
        changed("Workshop", existing.getId(), null, before, existing.snapshot(), tally.workshops);
        return existing;
    }

    private Participant upsertParticipant(Workshop workshop, ParticipantEntry e, Tally tally) {
        Participant existing = em.createNamedQuery(Participant.FIND_BY_EMAIL, Participant.class)
                .setParameter("workshop", workshop)
                .setParameter("email", Participant.normalise(e.email()))
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (existing == null) {
            Participant created = new Participant(workshop, e.administration(), e.name(), e.email());
            em.persist(created);
            audit.record(
                    "Participant",
                    created.getId(),
                    e.administration(),
                    "imported",
                    Map.of(),
                    participantFields(created));
            tally.participants.created++;
            return created;
        }
        Map<String, Object> before = participantFields(existing);
        existing.correct(e.administration(), e.name());
        changed(
                "Participant",
                existing.getId(),
                e.administration(),
                before,
                participantFields(existing),
                tally.participants);
        return existing;
    }

    private void upsertMissionReport(Participant participant, ParticipantEntry e, Tally tally) {
        MissionReport report = em.createNamedQuery(MissionReport.FIND_BY_PARTICIPANT, MissionReport.class)
                .setParameter("participant", participant)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (report == null) {
            report = new MissionReport(participant);
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
        Map<String, Object> before = report.snapshot();
        report.file(e.missionReportFiledOn(), report.getRecommendations(), null);
        changed(
                "MissionReport",
                report.getId(),
                participant.getAdministration(),
                before,
                report.snapshot(),
                tally.missionReports);
    }

    private InHouseWorkshop upsertInHouse(Participant participant, InHouseEntry e, Tally tally) {
        InHouseWorkshop cached = tally.inHouseCache.get(inHouseKey(participant, e));
        if (cached != null) {
            return cached;
        }
        InHouseWorkshop existing = em.createNamedQuery(InHouseWorkshop.FIND_SAME, InHouseWorkshop.class)
                .setParameter("administration", participant.getAdministration())
                .setParameter("regional", participant.getWorkshop())
                .setParameter("heldOn", e.date())
                .setParameter("title", e.title())
                .getResultStream()
                .findFirst()
                .orElse(null);
        int attendees = e.attendees() == null ? 0 : e.attendees();
        if (existing == null) {
            InHouseWorkshop created = new InHouseWorkshop(
                    participant.getAdministration(),
                    participant.getWorkshop(),
                    e.date(),
                    e.title(),
                    attendees,
                    null,
                    null);
            em.persist(created);
            tally.inHouseCache.put(inHouseKey(participant, e), created);
            audit.record(
                    "InHouseWorkshop",
                    created.getId(),
                    participant.getAdministration(),
                    "imported",
                    Map.of(),
                    Map.of("attendees", attendees, "heldOn", e.date(), "title", e.title()));
            tally.inHouseWorkshops.created++;
            return created;
        }
        if (existing.getAttendees() != attendees) {
            Map<String, Object> before = Map.of("attendees", existing.getAttendees());
            existing.recount(attendees);
            changed(
                    "InHouseWorkshop",
                    existing.getId(),
                    participant.getAdministration(),
                    before,
                    Map.of("attendees", attendees),
                    tally.inHouseWorkshops);
        }
        return existing;
    }

    private void upsertReply(
            Participant participant, ReplyEntry e, Set<InHouseWorkshop> linked, DueDates dueDates, Tally tally) {
        Reply reply = em.createNamedQuery(Reply.FIND_BY_PARTICIPANT, Reply.class)
                .setParameter("participant", participant)
                .getResultStream()
                .findFirst()
                .orElse(null);
        boolean created = reply == null;
        Map<String, Object> before = created ? Map.of() : reply.snapshot();
        if (created) {
            reply = new Reply(participant);
        }
        reply.answer(e.answers(), linked);
        reply.submittedOn(e.submittedOn(), dueDates.replyDue(participant.getWorkshop()));
        if (created) {
            em.persist(reply);
            audit.record(
                    "Reply", reply.getId(), participant.getAdministration(), "imported", Map.of(), reply.snapshot());
            tally.replies.created++;
        } else {
            changed("Reply", reply.getId(), participant.getAdministration(), before, reply.snapshot(), tally.replies);
        }
        if (e.answers().modernization() == Answer.YES) {
            long before5 = projectCount();
            projectService.ensureProjectFor(reply, e.answers().modernizationText());
            if (projectCount() > before5) {
                tally.projects.created++;
            }
        }
    }

    private long projectCount() {
        return em.createQuery("SELECT count(p) FROM ModernizationProject p", Long.class)
                .getSingleResult();
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

    private static Map<String, Object> participantFields(Participant p) {
        return Map.of("administration", p.getAdministration(), "name", p.getName(), "email", p.getEmail());
    }

    private static String inHouseKey(Participant participant, InHouseEntry e) {
        return participant.getAdministration() + " " + participant.getWorkshop().getCode() + " " + e.date() + " "
                + e.title();
    }

    private static String key(String workshop, String email) {
        return workshop + " " + Participant.normalise(email);
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
        final Map<String, InHouseWorkshop> inHouseCache = new HashMap<>();

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
