package org.rocbap.survey.web.missionreport;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import org.rocbap.survey.missionreport.boundary.MissionReportService;
import org.rocbap.survey.missionreport.entity.MissionReport;
import org.rocbap.survey.participation.boundary.ParticipantService;
import org.rocbap.survey.participation.entity.Participant;
import org.rocbap.survey.web.shared.PageMessages;

/** Backs {@code missionreport/file.xhtml}: files a participant's mission report with its document. */
@Named
@ViewScoped
public class FileMissionReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ParticipantService participantService;

    @Inject
    private MissionReportService missionReportService;

    private Long participantId;
    private Participant participant;
    private MissionReport report;
    private Long loadedVersion;
    private LocalDate filedOn;
    private String recommendations;
    private transient Part document;

    /** Called by the page's viewAction once the participant parameter is set. */
    public void load() {
        participant = participantService.find(participantId);
        report = missionReportService.findByParticipant(participantId).orElse(null);
        if (report != null) {
            loadedVersion = report.getVersion();
            filedOn = report.getFiledOn();
            recommendations = report.getRecommendations();
        }
    }

    public void file() {
        byte[] content = null;
        String name = null;
        if (document != null && document.getSize() > 0) {
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
            report = missionReportService.fileMissionReport(
                    participantId, loadedVersion, filedOn, recommendations, fileName, upload);
            loadedVersion = report.getVersion();
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

    public MissionReport getReport() {
        return report;
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
