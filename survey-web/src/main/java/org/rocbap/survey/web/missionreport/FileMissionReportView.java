package org.rocbap.survey.web.missionreport;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.rocbap.survey.missionreport.boundary.DocumentLimit;
import org.rocbap.survey.missionreport.boundary.MissionReportService;
import org.rocbap.survey.missionreport.entity.MissionReport;
import org.rocbap.survey.participation.boundary.ParticipantService;
import org.rocbap.survey.participation.entity.Participant;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.web.shared.PageMessages;

/** Backs {@code missionreport/file.xhtml}: files a participant's mission report with its document. */
@Named
@ViewScoped
public class FileMissionReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DocumentLimit documentLimit;

    @Inject
    private ParticipantService participantService;

    @Inject
    private MissionReportService missionReportService;

    private Long participantId;
    private Participant participant;
    /** What the page says of the report on file; the entity, with its document, stays out of the session. */
    private OnFile onFile;

    private Long loadedVersion;
    private LocalDate filedOn;
    private String recommendations;
    private transient Part document;

    /** Called by the page's viewAction once the participant parameter is set. */
    public void load() {
        participant = participantService.find(participantId);
        missionReportService.findByParticipant(participantId).ifPresent(report -> {
            show(report);
            filedOn = report.getFiledOn();
            recommendations = report.getRecommendations();
        });
    }

    public void file() {
        byte[] content = null;
        String name = null;
        if (document != null && document.getSize() > 0) {
            List<RuleViolation> size = documentLimit.check(document.getSubmittedFileName(), document.getSize());
            if (!size.isEmpty()) {
                PageMessages.show(new WorkflowException(size), "report");
                return;
            }
            try (InputStream in = document.getInputStream()) {
                content = in.readAllBytes();
            } catch (IOException e) {
                PageMessages.error("missionReport.uploadFailed");
                return;
            }
            name = document.getSubmittedFileName();
        }
        byte[] upload = content;
        String fileName = name;
        PageMessages.attempt("report", () -> {
            show(missionReportService.fileMissionReport(
                    participantId, loadedVersion, filedOn, recommendations, fileName, upload));
            PageMessages.info("missionReport.filed", participant.getName());
        });
    }

    public Long getParticipantId() {
        return participantId;
    }

    public void setParticipantId(Long participantId) {
        this.participantId = participantId;
    }

    public Participant getParticipant() {
        return participant;
    }

    /** The document on file. */
    public record OnFile(String documentName, LocalDate filedOn) implements Serializable {
        public String getDocumentName() {
            return documentName;
        }

        public LocalDate getFiledOn() {
            return filedOn;
        }
    }

    private void show(MissionReport report) {
        loadedVersion = report.getVersion();
        onFile = report.hasDocument() ? new OnFile(report.getDocumentName(), report.getFiledOn()) : null;
    }

    /** {@code null} while no document is on file. */
    public OnFile getOnFile() {
        return onFile;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public void setFiledOn(LocalDate filedOn) {
        this.filedOn = filedOn;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }

    public Part getDocument() {
        return document;
    }

    public void setDocument(Part document) {
        this.document = document;
    }
}
