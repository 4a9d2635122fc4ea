package org.rocbap.survey.missionreport.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rocbap.survey.audit.boundary.AuditTrail;
import org.rocbap.survey.missionreport.control.DocumentInspector;
import org.rocbap.survey.missionreport.control.MissionReportRules;
import org.rocbap.survey.missionreport.entity.MissionReport;
import org.rocbap.survey.missionreport.entity.StoredDocument;
import org.rocbap.survey.participation.boundary.ParticipantService;
import org.rocbap.survey.participation.entity.Participant;
import org.rocbap.survey.shared.rules.ConcurrentChangeException;
import org.rocbap.survey.shared.rules.NotFoundException;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.TextRules;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.shared.security.AccessPolicy;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.shared.security.Roles;

/** Filing, acknowledging and downloading mission reports. */
@Stateless
@RolesAllowed({Roles.FOCAL_POINT, Roles.MANAGER, Roles.ROCB_STAFF, Roles.ROCB_HEAD})
public class MissionReportService {

    @Inject
    private DocumentLimit documentLimit;

    private static final String SUBJECT = "MissionReport";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerService callerService;

    @Inject
    private ParticipantService participantService;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * Files (or re-files) a participant's mission report.
     *
     * @param loadedVersion the version of the report the caller edited, {@code null} when filing anew
     * @param fileName the uploaded file's name; with {@code content} {@code null} the stored document is kept
     * @throws WorkflowException if the date is missing, in the future or before the workshop; if no document
     *     is on file or given; if the document is not a PDF, DOCX or ODT or is too large
     * @throws ConcurrentChangeException if someone else saved the report since it was loaded
     */
    public MissionReport fileMissionReport(
            Long participantId,
            Long loadedVersion,
            LocalDate filedOn,
            String recommendations,
            String fileName,
            byte[] content) {
        Participant participant = participantService.findForEdit(participantId);
        MissionReport report = find(participant).orElse(null);
        ConcurrentChangeException.check("mission report", loadedVersion, report == null ? null : report.getVersion());
        List<RuleViolation> violations = new ArrayList<>(MissionReportRules.check(
                participant.getWorkshop().getStartDate(), filedOn, recommendations, LocalDate.now(clock)));
        TextRules.check(violations, "document", fileName, TextRules.FILE_NAME);
        StoredDocument document = null;
        if (content != null) {
            document = inspect(fileName, content, violations);
        } else if (report == null || !report.hasDocument()) {
            violations.add(RuleViolation.of("document", "missionReport.documentMissing"));
        }
        WorkflowException.throwIfAny(violations);

        Map<String, Object> before = report == null ? Map.of() : report.snapshot();
        if (report == null) {
            report = new MissionReport(participant);
            report.file(filedOn, recommendations, document);
            em.persist(report);
        } else {
            report.file(filedOn, recommendations, document);
        }
        em.flush();
        audit.record(
                SUBJECT,
                report.getId(),
                participant.getAdministration(),
                before.isEmpty() ? "filed" : (document == null ? "changed" : "re-filed"),
                before,
                report.snapshot());
        return report;
    }

    private StoredDocument inspect(String fileName, byte[] content, List<RuleViolation> violations) {
        String name = fileName == null || fileName.isBlank() ? "mission-report" : fileName.strip();
        List<RuleViolation> size = documentLimit.check(name, content.length);
        if (!size.isEmpty()) {
            violations.addAll(size);
            return null;
        }
        Optional<String> type = DocumentInspector.detect(content);
        if (type.isEmpty()) {
            violations.add(RuleViolation.of("document", "missionReport.documentType", name));
            return null;
        }
        return DocumentInspector.store(name, type.get(), content);
    }

    /**
     * A manager of the participant's administration confirms they received the report.
     *
     * @throws WorkflowException if no report is on file
     */
    public MissionReport acknowledge(Long participantId) {
        Participant participant = participantService.find(participantId);
        AccessPolicy.requireAcknowledge(callerService.current(), participant.getAdministration());
        MissionReport report = find(participant)
                .orElseThrow(() -> new WorkflowException(
                        RuleViolation.of(null, "missionReport.nothingToAcknowledge", participant.getName())));
        if (report.isAcknowledged()) {
            throw new WorkflowException(RuleViolation.of(
                    null,
                    "missionReport.alreadyAcknowledged",
                    participant.getName(),
                    report.getAcknowledgedBy(),
                    report.getAcknowledgedAt().toLocalDate()));
        }
        Map<String, Object> before = report.snapshot();
        // PostgreSQL keeps microseconds: the answer shows the time as it is stored.
        report.acknowledge(
                callerService.current().username(), OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
        audit.record(
                SUBJECT, report.getId(), participant.getAdministration(), "acknowledged", before, report.snapshot());
        return report;
    }

    /** The participant's report, if filed. */
    public Optional<MissionReport> findByParticipant(Long participantId) {
        return find(participantService.find(participantId));
    }

    /** The filed document, for download. */
    public StoredDocument document(Long participantId) {
        MissionReport report = findByParticipant(participantId)
                .filter(MissionReport::hasDocument)
                .orElseThrow(() -> new NotFoundException("mission report document of participant", participantId));
        return new StoredDocument(
                report.getDocumentName(), report.getDocumentType(), report.getDocument(), report.getDocumentSha256());
    }

    private Optional<MissionReport> find(Participant participant) {
        return em.createNamedQuery(MissionReport.FIND_BY_PARTICIPANT, MissionReport.class)
                .setParameter("participant", participant)
                .getResultStream()
                .findFirst();
    }
}
