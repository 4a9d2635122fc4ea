package org.rocbap.survey.missionreport.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rocbap.survey.participation.entity.Participant;
import org.rocbap.survey.shared.rules.Invariant;

/**
 * The report a participant files to their superiors after a workshop: the minimal follow-up action.
 * One per participant. Once a manager has acknowledged it, it stays acknowledged until it is filed
 * again with another document.
 */
@Entity
@Table(name = "mission_report")
@NamedQuery(
        name = MissionReport.FIND_BY_PARTICIPANT,
        query = "SELECT m FROM MissionReport m WHERE m.participant = :participant")
@NamedQuery(
        name = MissionReport.FIND_BY_PARTICIPANTS,
        query = "SELECT m FROM MissionReport m WHERE m.participant.id IN :participants")
public class MissionReport {

    public static final String FIND_BY_PARTICIPANT = "MissionReport.findByParticipant";
    public static final String FIND_BY_PARTICIPANTS = "MissionReport.findByParticipants";

    @Id
    @SequenceGenerator(name = "mission_report_id", sequenceName = "follow_up_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mission_report_id")
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;

    private String recommendations;

    @Column(name = "document_name")
    private String documentName;

    @Column(name = "document_type")
    private String documentType;

    @Column(name = "document_size")
    private Long documentSize;

    @Column(name = "document_sha256")
    private String documentSha256;

    // Loaded only when downloaded: lists of reports must not drag every document along.
    @Basic(fetch = FetchType.LAZY)
    private byte[] document;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private OffsetDateTime acknowledgedAt;

    @Version
    private long version;

    protected MissionReport() {}

    public MissionReport(Participant participant) {
        Invariant.require(participant != null, "a mission report is a participant's");
        this.participant = participant;
    }

    /**
     * Records the filing. A new document replaces the old one whole (name, type, size, hash and
     * bytes together) and voids an earlier acknowledgement.
     */
    public void file(LocalDate filedOn, String recommendations, StoredDocument newDocument) {
        Invariant.require(
                filedOn != null && !filedOn.isBefore(participant.getWorkshop().getStartDate()),
                "a mission report is filed on or after the first day of its workshop");
        if (newDocument != null) {
            // The document is loaded lazily: the provider fetches the missing attributes on the first
            // write to it, and would overwrite whatever was set before; so the document goes first.
            this.document = newDocument.content();
            this.documentName = newDocument.name();
            this.documentType = newDocument.contentType();
            this.documentSize = (long) newDocument.content().length;
            this.documentSha256 = newDocument.sha256();
            this.acknowledgedBy = null;
            this.acknowledgedAt = null;
        }
        this.filedOn = filedOn;
        this.recommendations = recommendations;
    }

    /**
     * A manager confirms they received the report, once: a later acknowledgement would rewrite who
     * confirmed and when.
     */
    public void acknowledge(String manager, OffsetDateTime at) {
        Invariant.require(!isAcknowledged(), "a mission report is acknowledged once");
        Invariant.require(Invariant.present(manager) && at != null, "an acknowledgement says who and when");
        this.acknowledgedBy = manager;
        this.acknowledgedAt = at;
    }

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }

    public boolean hasDocument() {
        return documentSha256 != null;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("filedOn", filedOn);
        fields.put("recommendations", recommendations);
        fields.put(
                "document",
                documentName == null
                        ? null
                        : documentName + " (" + documentType + ", " + documentSize + " bytes, sha256 " + documentSha256
                                + ")");
        fields.put("acknowledgedBy", acknowledgedBy);
        fields.put("acknowledgedAt", acknowledgedAt);
        return fields;
    }

    public Long getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public String getDocumentName() {
        return documentName;
    }

    public String getDocumentType() {
        return documentType;
    }

    public Long getDocumentSize() {
        return documentSize;
    }

    public String getDocumentSha256() {
        return documentSha256;
    }

    public byte[] getDocument() {
        return document;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public OffsetDateTime getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public long getVersion() {
        return version;
    }
}
