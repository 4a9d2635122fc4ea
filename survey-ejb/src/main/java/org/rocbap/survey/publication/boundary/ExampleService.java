package org.rocbap.survey.publication.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rocbap.survey.audit.boundary.AuditTrail;
import org.rocbap.survey.publication.entity.QuotedQuestion;
import org.rocbap.survey.publication.entity.ReportExample;
import org.rocbap.survey.questionnaire.entity.Reply;
import org.rocbap.survey.questionnaire.entity.ReplyStatus;
import org.rocbap.survey.shared.persistence.Page;
import org.rocbap.survey.shared.persistence.Records;
import org.rocbap.survey.shared.persistence.Slice;
import org.rocbap.survey.shared.rules.ConcurrentChangeException;
import org.rocbap.survey.shared.rules.NotFoundException;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.TextRules;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.shared.security.Roles;
import org.rocbap.survey.workshop.entity.FiscalYear;

/**
 * Curating the report's examples (ROCB A/P staff): browsing a year's free-text answers, quoting one
 * under its question, editing the wording for publication, merging the same practice named by
 * several administrations into one line, and ordering the lines. Every change of wording asks the
 * administrations quoted for their consent again.
 */
@Stateless
@RolesAllowed(Roles.ROCB_STAFF)
public class ExampleService {

    static final String SUBJECT = "ReportExample";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerService callerService;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** What to browse: {@code workshop} and {@code administration} are optional. */
    public record CandidateFilter(String fiscalYear, QuotedQuestion question, String workshop, String administration) {}

    /**
     * A submitted reply's answer to the question, and the example that already quotes it.
     *
     * @param exampleId {@code null} when not quoted yet
     */
    public record Candidate(
            Long replyId,
            QuotedQuestion question,
            String text,
            String administration,
            String workshopCode,
            String workshopTitle,
            Long exampleId)
            implements Serializable {}

    /** The year's submitted answers to one question that say something, by workshop and administration. */
    @RolesAllowed({Roles.ROCB_STAFF, Roles.ROCB_HEAD})
    public Page<Candidate> candidates(CandidateFilter filter, Slice slice) {
        String year = FiscalYear.parseOrRefuse(filter.fiscalYear()).label();
        QuotedQuestion question = filter.question();
        if (question == null) {
            throw new WorkflowException(RuleViolation.of("question", "example.questionRequired"));
        }
        String text = "r.answers." + question.field();
        StringBuilder where = new StringBuilder(" FROM Reply r JOIN r.participant p JOIN p.workshop w"
                + " WHERE w.fiscalYear = :fiscalYear AND r.status = :submitted"
                + " AND " + text + " IS NOT NULL AND TRIM(" + text + ") <> ''");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("fiscalYear", year);
        parameters.put("submitted", ReplyStatus.SUBMITTED);
        if (filter.workshop() != null && !filter.workshop().isBlank()) {
            where.append(" AND w.code = :workshop");
            parameters.put("workshop", filter.workshop().strip());
        }
        if (filter.administration() != null && !filter.administration().isBlank()) {
            where.append(" AND p.administration = :administration");
            parameters.put("administration", filter.administration().strip());
        }
        TypedQuery<Reply> items =
                em.createQuery("SELECT r" + where + " ORDER BY w.code, p.administration, r.id", Reply.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(r)" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        Page<Reply> replies = slice.read(items, count::getSingleResult);
        Map<Long, Long> quoted = quoting(question, replies.items());
        return replies.map(r -> new Candidate(
                r.getId(),
                question,
                question.answerIn(r.getAnswers()).strip(),
                r.getParticipant().getAdministration(),
                r.getParticipant().getWorkshop().getCode(),
                r.getParticipant().getWorkshop().getTitle(),
                quoted.get(r.getId())));
    }

    private Map<Long, Long> quoting(QuotedQuestion question, List<Reply> replies) {
        Map<Long, Long> quoted = new HashMap<>();
        if (replies.isEmpty()) {
            return quoted;
        }
        em.createQuery(
                        "SELECT s.reply.id, s.example.id FROM ExampleSource s"
                                + " WHERE s.example.question = :question AND s.reply IN :replies",
                        Object[].class)
                .setParameter("question", question)
                .setParameter("replies", replies)
                .getResultList()
                .forEach(row -> quoted.put((Long) row[0], (Long) row[1]));
        return quoted;
    }

    /** The year's examples by question, in print order, with each administration's consent. */
    @RolesAllowed({Roles.ROCB_STAFF, Roles.ROCB_HEAD})
    public List<ReportExample> examples(String fiscalYear) {
        return em.createNamedQuery(ReportExample.OF_YEAR, ReportExample.class)
                .setParameter("fiscalYear", FiscalYear.parseOrRefuse(fiscalYear).label())
                .getResultList();
    }

    /**
     * The approved examples of each workshop of the year, for the feedback its participants receive
     * when the round closes: the wording and the administrations that approved it.
     */
    @RolesAllowed({Roles.ROCB_STAFF, Roles.ROCB_HEAD})
    public Map<Long, List<String>> approvedByWorkshop(String fiscalYear) {
        Map<Long, List<String>> lines = new HashMap<>();
        for (ReportExample example : examples(fiscalYear)) {
            Map<Long, List<String>> administrations = new LinkedHashMap<>();
            example.approvedSources()
                    .forEach(s -> administrations
                            .computeIfAbsent(
                                    s.getReply().getParticipant().getWorkshop().getId(), w -> new ArrayList<>())
                            .add(s.getAdministration()));
            administrations.forEach((workshop, codes) -> lines.computeIfAbsent(workshop, w -> new ArrayList<>())
                    .add(example.getWording() + " (" + String.join(", ", codes) + ")"));
        }
        return lines;
    }

    /**
     * Quotes a reply's answer as the last example under its question and asks the administration's
     * focal point to consent.
     *
     * @throws WorkflowException if the reply is not submitted, says nothing to that question, or is
     *     quoted there already
     */
    public ReportExample quote(Long replyId, QuotedQuestion question) {
        if (question == null) {
            throw new WorkflowException(RuleViolation.of("question", "example.questionRequired"));
        }
        Reply reply = Records.existing(em, Reply.class, replyId, "reply");
        String answer = question.answerIn(reply.getAnswers());
        List<RuleViolation> violations = new ArrayList<>();
        if (reply.getStatus() != ReplyStatus.SUBMITTED) {
            violations.add(RuleViolation.of("reply", "example.notSubmitted"));
        } else if (answer == null || answer.isBlank()) {
            violations.add(RuleViolation.of("question", "example.noAnswer"));
        } else if (!quoting(question, List.of(reply)).isEmpty()) {
            violations.add(RuleViolation.of("reply", "example.alreadyQuoted"));
        }
        WorkflowException.throwIfAny(violations);
        String year = reply.getParticipant().getWorkshop().getFiscalYear().label();
        Integer last = em.createNamedQuery(ReportExample.LAST_POSITION, Integer.class)
                .setParameter("fiscalYear", year)
                .setParameter("question", question)
                .getSingleResult();
        ReportExample example = new ReportExample(
                year,
                question,
                last == null ? 1 : last + 1,
                reply,
                callerService.current().username(),
                now());
        em.persist(example);
        em.flush();
        audit.record(
                SUBJECT,
                example.getId(),
                reply.getParticipant().getAdministration(),
                "quoted",
                Map.of(),
                example.snapshot());
        return example;
    }

    /**
     * Changes the wording to publish; the reply keeps its own words.
     *
     * @throws ConcurrentChangeException if someone changed the example after {@code loadedVersion}
     */
    public ReportExample reword(Long exampleId, Long loadedVersion, String wording) {
        ReportExample example = find(exampleId);
        ConcurrentChangeException.check("example", loadedVersion, example.getVersion());
        List<RuleViolation> violations = new ArrayList<>();
        TextRules.required(violations, "wording", wording, TextRules.FREE_TEXT, "example.wordingRequired");
        WorkflowException.throwIfAny(violations);
        Map<String, Object> before = example.snapshot();
        example.reword(wording.strip(), callerService.current().username(), now());
        em.flush();
        record(example, "reworded", before);
        return example;
    }

    /**
     * Makes one line of two examples of the same practice: the other's administrations join this one,
     * and are asked again unless they approved this very wording.
     */
    public ReportExample merge(Long exampleId, Long otherId) {
        ReportExample example = find(exampleId);
        ReportExample other = find(otherId);
        if (example.getId().equals(other.getId())
                || !example.getFiscalYear().equals(other.getFiscalYear())
                || example.getQuestion() != other.getQuestion()) {
            throw new WorkflowException(RuleViolation.of("other", "example.mergeSameQuestion"));
        }
        Map<String, Object> before = example.snapshot();
        example.absorb(other);
        em.remove(other);
        em.flush();
        record(example, "merged", before);
        renumber(example.getFiscalYear(), example.getQuestion(), null, 0);
        return example;
    }

    /** Puts the example at a position (1 = first) among its question's examples. */
    public ReportExample place(Long exampleId, int position) {
        ReportExample example = find(exampleId);
        Map<String, Object> before = example.snapshot();
        renumber(example.getFiscalYear(), example.getQuestion(), example, position);
        em.flush();
        record(example, "moved", before);
        return example;
    }

    /** Takes the example out of the report; the replies are untouched. */
    public void remove(Long exampleId) {
        ReportExample example = find(exampleId);
        Map<String, Object> before = example.snapshot();
        em.remove(example);
        em.flush();
        audit.record(SUBJECT, exampleId, administrationOf(example), "removed", before, Map.of());
        renumber(example.getFiscalYear(), example.getQuestion(), null, 0);
    }

    @RolesAllowed({Roles.ROCB_STAFF, Roles.ROCB_HEAD})
    public ReportExample find(Long exampleId) {
        return Records.existing(em, ReportExample.class, exampleId, "example");
    }

    /** An example of that year; one of another year answers as one that does not exist. */
    @RolesAllowed({Roles.ROCB_STAFF, Roles.ROCB_HEAD})
    public ReportExample find(String fiscalYear, Long exampleId) {
        ReportExample example = find(exampleId);
        if (!example.getFiscalYear().equals(FiscalYear.parseOrRefuse(fiscalYear).label())) {
            throw new NotFoundException("example", exampleId);
        }
        return example;
    }

    /** Numbers the question's examples 1..n, with {@code moved} (if any) at {@code position}. */
    private void renumber(String fiscalYear, QuotedQuestion question, ReportExample moved, int position) {
        List<ReportExample> ordered = new ArrayList<>(examples(fiscalYear).stream()
                .filter(e -> e.getQuestion() == question && e != moved)
                .toList());
        if (moved != null) {
            ordered.add(Math.max(0, Math.min(ordered.size(), position - 1)), moved);
        }
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getPosition() != i + 1) {
                ordered.get(i).placeAt(i + 1);
            }
        }
    }

    private void record(ReportExample example, String action, Map<String, Object> before) {
        audit.record(SUBJECT, example.getId(), administrationOf(example), action, before, example.snapshot());
    }

    /** The audit trail files an example under its first administration; merged ones name all in the change. */
    private static String administrationOf(ReportExample example) {
        return example.getSources().isEmpty()
                ? null
                : example.getSources().get(0).getAdministration();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
